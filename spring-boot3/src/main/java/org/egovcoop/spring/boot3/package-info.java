/**
 * The Spring Boot 3 auto-configuration of egovcoop
 * ({@link org.egovcoop.spring.boot3.EgovcoopAutoConfiguration}), on Jackson 2: its properties
 * ({@code egovcoop.json.*}, those of the Boot 4 starter), the message converter that reads whole
 * documents with {@code EgovJson} and checks every element of a list body, and the handler that
 * answers a document egovcoop could not read with the Boot 4 starter's RFC 9457 problem response.
 */
package org.egovcoop.spring.boot3;
