/**
 * The {@code zone} command line: {@link org.zoneledger.client.cli.ZoneCli} dispatches to one
 * command class per subcommand ({@code broker}, {@code init}, ...).
 */
package org.zoneledger.client.cli;
