/**
 * Integration tests on Arquillian JUnit 5 with a managed Payara Micro: Arquillian starts the
 * instance and deploys the test archive; {@link org.zoneledger.it.arquillian.MicroInstanceSetup}
 * prepares the broker topics, the database and the instance's settings before it does.
 */
package org.zoneledger.it.arquillian;
