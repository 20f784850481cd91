package id.go.wna.notification.architecture;

import id.go.wna.infra.test.LayersContract;

/** notification-service keeps the layer rule every service keeps (see {@link LayersContract}). */
class LayersTest extends LayersContract {

    LayersTest() {
        super("id.go.wna.notification");
    }
}
