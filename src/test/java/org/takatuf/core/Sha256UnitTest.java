package org.takatuf.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class Sha256UnitTest {

    @Test
    void theStandardsTestVectors() {
        // FIPS 180-2, appendix B
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HexFormat.of().formatHex(Sha256.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                .getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Sha256.hex("تكاتف")).isEqualTo(HexFormat.of().formatHex(Sha256.of("تكاتف".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void callsFromManyThreadsDoNotShareState() {
        List<String> hashes = IntStream.range(0, 20_000).parallel().mapToObj(i -> Sha256.hex("abc")).distinct().toList();
        assertThat(hashes).containsExactly("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
