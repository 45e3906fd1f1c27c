package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {
    private final ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "::1"));

    @ParameterizedTest(name = "from {0} with X-Forwarded-For ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "192.0.2.1 | 203.0.113.5 | 192.0.2.1",
            "10.1.2.3 | null | 10.1.2.3",
            "10.1.2.3 | 203.0.113.5 | 203.0.113.5",
            "10.1.2.3 | 198.51.100.1, 203.0.113.5 | 203.0.113.5",
            "10.1.2.3 | 203.0.113.5, 10.7.7.7 | 203.0.113.5",
            "10.1.2.3 | 10.7.7.7, 10.8.8.8 | 10.7.7.7",
            "10.1.2.3 | evil.example.com | 10.1.2.3",
            "10.1.2.3 | 203.0.113.5, not-an-address | 10.1.2.3",
            "0:0:0:0:0:0:0:1 | 2001:db8::7 | 2001:db8:0:0:0:0:0:7",
    })
    void theClientIsTheRightmostAddressNotATrustedProxy(String remote, String forwarded, String client) {
        assertEquals(client, clients.of(remote, forwarded));
    }
}
