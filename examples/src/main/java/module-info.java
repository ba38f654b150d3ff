/** Runnable examples of egovcoop: the founding press release as a portfolio, and the command line. */
module org.egovcoop.examples {
  requires org.egovcoop.core;

  exports org.egovcoop.examples;
}
