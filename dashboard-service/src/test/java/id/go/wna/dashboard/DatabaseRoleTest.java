package id.go.wna.dashboard;

import id.go.wna.infra.test.DatabaseRoleContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import javax.sql.DataSource;

@QuarkusTest
class DatabaseRoleTest extends DatabaseRoleContract {

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
