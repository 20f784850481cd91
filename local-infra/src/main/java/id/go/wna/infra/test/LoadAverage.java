package id.go.wna.infra.test;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, which every benchmark prints beside its figures: on 2 shared cores it explains them. */
public final class LoadAverage {

    private LoadAverage() {
    }

    /** "1 min 5 min 15 min" from {@code /proc/loadavg}, or "n/a" where there is none. */
    public static String now() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "n/a";
        }
    }
}
