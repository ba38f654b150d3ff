/**
 * egovcoop JSON inside Jackson 2 databind ({@code com.fasterxml.jackson}): the
 * {@link org.egovcoop.jackson2.EgovcoopJackson2Module}, which any Jackson 2 {@code ObjectMapper}
 * finds, {@link org.egovcoop.jackson2.EgovJackson2Mapper}, a mapper as strict for an application's
 * own classes as the format is, and {@link org.egovcoop.jackson2.EgovJsonMappingException}, the
 * problems of a value it could not read. The codecs are egovcoop-serialization's, on jackson-core
 * 3; an application needs no Jackson 3 databind.
 */
package org.egovcoop.jackson2;
