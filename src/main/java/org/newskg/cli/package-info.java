/**
 * The command line: one thin picocli class per subcommand, which parses options, builds a settings record and calls
 * the stage facades ({@code store}, {@code query}, {@code pipeline}). Results go to stdout, logs and progress to
 * stderr; exit codes are 0 ok, 1 failure, 2 usage.
 */
package org.newskg.cli;
