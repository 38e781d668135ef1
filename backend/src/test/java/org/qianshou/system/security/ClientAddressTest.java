package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void normalisesWhatProxiesSend() {
        assertThat(ClientAddress.normalise("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.normalise(" 203.0.113.7 , 10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.normalise("203.0.113.7:51234")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.normalise("[2001:DB8::1]:443")).isEqualTo("2001:db8::1");
        assertThat(ClientAddress.normalise("\"[2001:db8::1]\"")).isEqualTo("2001:db8::1");
        assertThat(ClientAddress.normalise("2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(ClientAddress.normalise(null)).isEqualTo("unknown");
        assertThat(ClientAddress.normalise(" ")).isEqualTo("unknown");
    }

    @Test
    void theClientCannotChooseItsAddressByWritingTheListItself() {
        // The client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw.
        assertThat(ClientAddress.normalise("198.51.100.1, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.normalise("198.51.100.1,198.51.100.2 ,[2001:db8::7]:443"))
                .isEqualTo("2001:db8::7");
        assertThat(ClientAddress.normalise("198.51.100.1, ")).isEqualTo("unknown");
    }

    @Test
    void anIpv6AddressIsThrottledByItsSlash64() {
        assertThat(ClientAddress.throttleKey("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.throttleKey("2001:db8:1:2::9")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.throttleKey("2001:0db8:0001:0002:ffff::")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.throttleKey("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
        assertThat(ClientAddress.throttleKey("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.throttleKey("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.throttleKey("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientAddress.throttleKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.throttleKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.throttleKey("unknown")).isEqualTo("unknown");
        assertThat(ClientAddress.throttleKey("not:an:address")).isEqualTo("not:an:address");
    }

    @Test
    void identifiersAreNormalisedBeforeTheyAreKeys() {
        assertThat(Throttle.identifierKey("+86 139-1234-5678")).isEqualTo("13912345678");
        assertThat(Throttle.identifierKey(" Li@Example.ORG ")).isEqualTo("li@example.org");
        assertThat(Throttle.identifierKey(" Not An Identifier ")).isEqualTo("not an identifier");
    }
}
