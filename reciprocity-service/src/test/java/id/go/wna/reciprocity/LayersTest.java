package id.go.wna.reciprocity;

import id.go.wna.infra.test.LayersContract;

/** reciprocity-service keeps the layer rule every service keeps (see {@link LayersContract}). */
class LayersTest extends LayersContract {

    LayersTest() {
        super("id.go.wna.reciprocity");
    }
}
