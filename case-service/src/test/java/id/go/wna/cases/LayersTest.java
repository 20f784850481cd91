package id.go.wna.cases;

import id.go.wna.infra.test.LayersContract;

/** case-service keeps the layer rule every service keeps (see {@link LayersContract}). */
class LayersTest extends LayersContract {

    LayersTest() {
        super("id.go.wna.cases");
    }
}
