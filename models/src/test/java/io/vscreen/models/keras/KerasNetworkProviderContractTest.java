package io.vscreen.models.keras;

import java.nio.file.Path;
import java.util.List;

import io.vscreen.models.Role;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.spi.ScorerProviderContract;

/** The Keras network provider against the scorer contract (a 1024 -> 8 tanh -> 3 sigmoid network). */
class KerasNetworkProviderContractTest extends ScorerProviderContract {
    @Override
    protected String architecture() {
        return KerasNetworkProvider.ARCHITECTURE;
    }

    @Override
    protected void writePackage(Path dir) throws Exception {
        Path h5 = dir.resolveSibling("contract.h5");
        KerasH5Writer.write(h5, KerasH5Writer.randomLayers(3, new int[] {1024, 8, 3}, new String[] {"tanh", "sigmoid"}),
                "2.2.4", "tensorflow");
        List<Task> tasks = List.of(new Task("a", TaskType.CLASSIFICATION, null), new Task("b", TaskType.CLASSIFICATION, null),
                new Task("c", TaskType.CLASSIFICATION, null));
        new KerasImporter(line -> { }).importModel(new KerasImportRequest(h5, "contract", null, Role.TOXICITY, null, tasks,
                FeaturizerSpec.parse("ecfp4:1024"), null, "test"), dir);
    }
}
