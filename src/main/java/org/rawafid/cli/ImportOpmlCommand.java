package org.rawafid.cli;

import org.rawafid.config.ConfigException;
import org.rawafid.config.OpmlImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import-opml", mixinStandardHelpOptions = true,
        description = "Print the sources: YAML for every outline of an OPML file, to paste into feeds.yml.")
final class ImportOpmlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.opml", description = "An OPML 1.0/2.0 subscription list.")
    Path file;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("import-opml: cannot read " + file);
            spec.commandLine().getErr().flush();
            return 1;
        }
        try {
            spec.commandLine().getOut().print(new OpmlImporter().toSourcesYaml(file));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
