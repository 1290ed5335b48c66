package io.pulse.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pulse import mail|csv}: sends files to a running Pulse server's ingest API. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports e-mail (.eml, .mbox) or CSV files into a running Pulse server ('pulse serve').",
      "Connection: --url (or $PULSE_URL), --user (or $PULSE_USER, role ingest), password from"
          + " $PULSE_PASSWORD, --password-file or the admin.password of 'pulse serve'."
    },
    subcommands = {ImportMail.class, ImportCsv.class})
final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
