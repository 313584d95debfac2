package org.rsisim.consumer;

import org.rsisim.models.ModelCatalog;
import org.rsisim.models.capability.IndicatorData;

/**
 * Runs the README's embedding example ({@code ReadmeExample}, written from README.md before this build by
 * prebuild.groovy), then prints what shows that it ran on the module path: the modules its classes came from, a
 * bundled data file read by rsisim-models, and this module's own model found by the catalog.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ReadmeExample.main(args);
        Module models = ModelCatalog.class.getModule();
        System.out.println("module " + Main.class.getModule().getName() + " reads " + models.getName()
                + (models.getDescriptor().isAutomatic() ? " (automatic)" : " (explicit)"));
        System.out.println("bundled indicators: " + IndicatorData.all().size());
        System.out.println("own model found: " + ModelCatalog.get("consumer-compounding").name());
    }
}
