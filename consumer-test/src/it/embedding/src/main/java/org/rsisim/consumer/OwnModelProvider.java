package org.rsisim.consumer;

import java.util.List;
import java.util.Map;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelProvider;
import org.rsisim.models.economy.EconomyModel;

/** A model of this module, found by rsisim's catalog as a service: the economy model under a name of its own. */
public final class OwnModelProvider implements ModelProvider {
    @Override
    public String name() {
        return "consumer-economy";
    }

    @Override
    public String description() {
        return EconomyModel.PROVIDER.description();
    }

    @Override
    public List<Parameter> settings() {
        return EconomyModel.PROVIDER.settings();
    }

    @Override
    public Model create(Map<String, Double> settings) {
        return EconomyModel.PROVIDER.create(settings);
    }
}
