package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The SARIF schema in test resources is the official one, complete: oasis-tcs/sarif-spec
 * {@code sarif-2.1/schema/sarif-schema-2.1.0.json} at commit e0583813 (see {@code sarif/README.md}).
 */
class SarifSchemaCopyTest {

    static final String SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e";
    static final int BYTES = 112768;

    @Test
    void schemaCopyIsByteForByteTheOfficialFile() throws IOException, NoSuchAlgorithmException {
        byte[] schema;
        try (InputStream in = SarifSchemaCopyTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(in).as("sarif/sarif-schema-2.1.0.json on the test class path").isNotNull();
            schema = in.readAllBytes();
        }
        assertThat(schema).hasSize(BYTES);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(schema))).isEqualTo(SHA256);
    }
}
