package ruralkg;

import java.io.File;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWL2RLProfile;
import org.semanticweb.owlapi.profiles.OWLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/** Usage: ProfileCheck DL|RL file... : the files' axioms, merged, checked against one OWL 2 profile.
 *  Prints one violation per line and exits 1 if there is any (2 on bad arguments). Imports are not
 *  fetched: the ontology is one of the files. */
public final class ProfileCheck {
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("DL") || args[0].equals("RL"))) {
            System.err.println("usage: ProfileCheck DL|RL file...");
            System.exit(2);
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
            .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
        OWLOntology merged = manager.createOntology(IRI.create("urn:ruralkg:profile-check"));
        for (int i = 1; i < args.length; i++) {
            OWLOntology part = manager.loadOntologyFromOntologyDocument(new FileDocumentSource(new File(args[i])), config);
            manager.addAxioms(merged, part.axioms());
        }
        OWLProfile profile = args[0].equals("RL") ? new OWL2RLProfile() : new OWL2DLProfile();
        OWLProfileReport report = profile.checkOntology(merged);
        for (OWLProfileViolation v : report.getViolations()) {
            System.out.println(v.toString().replace('\n', ' '));
        }
        System.out.println(profile.getName() + ": " + (report.isInProfile() ? "in profile" : report.getViolations().size() + " violation(s)")
            + ", " + merged.getAxiomCount() + " axioms");
        System.exit(report.isInProfile() ? 0 : 1);
    }
}
