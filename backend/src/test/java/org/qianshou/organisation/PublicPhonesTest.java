package org.qianshou.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPhonesTest {

    @Test
    void mobileNumbersAndLandlinesWithAreaCodesAreAccepted() {
        assertThat(PublicPhones.normalise("+86 139-1234-5678")).contains("13912345678");
        assertThat(PublicPhones.normalise("0870-1234567")).contains("0870-1234567");
        assertThat(PublicPhones.normalise("(0871) 6512 3456")).contains("0871-65123456");
        assertThat(PublicPhones.normalise("010-12345678-123")).contains("010-12345678-123");
        assertThat(PublicPhones.normalise("+86 871 65123456")).contains("0871-65123456");
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(PublicPhones.normalise("1234567")).isEmpty();
        assertThat(PublicPhones.normalise("12012345678")).isEmpty();
        assertThat(PublicPhones.normalise("0870-12")).isEmpty();
        assertThat(PublicPhones.normalise("电话")).isEmpty();
    }
}
