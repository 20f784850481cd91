package id.go.wna.dashboard;

import id.go.wna.infra.test.LayersContract;

/** dashboard-service keeps the layer rule every service keeps (see {@link LayersContract}). */
class LayersTest extends LayersContract {

    LayersTest() {
        super("id.go.wna.dashboard");
    }
}
