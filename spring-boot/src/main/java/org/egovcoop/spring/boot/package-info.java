/**
 * The Spring Boot auto-configuration of egovcoop ({@link org.egovcoop.spring.boot.EgovcoopAutoConfiguration}),
 * its properties ({@code egovcoop.json.*}), the message converter that checks every element of a
 * list body, and the handler that answers a document egovcoop could not read with an RFC 9457
 * problem response.
 */
package org.egovcoop.spring.boot;
