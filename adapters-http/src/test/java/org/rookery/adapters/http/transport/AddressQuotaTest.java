package org.rookery.adapters.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each address has its own places; a place given back can be taken again, and an address without connections is forgotten. */
class AddressQuotaTest {
    @Test
    void an_address_takes_at_most_its_quota_and_others_are_not_affected() {
        AddressQuota quota = new AddressQuota(2);
        assertThat(quota.tryAcquire("10.0.0.1")).isTrue();
        assertThat(quota.tryAcquire("10.0.0.1")).isTrue();
        assertThat(quota.tryAcquire("10.0.0.1")).isFalse();
        assertThat(quota.count("10.0.0.1")).isEqualTo(2);
        assertThat(quota.tryAcquire("10.0.0.2")).isTrue();
        quota.release("10.0.0.1");
        assertThat(quota.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void an_address_whose_connections_all_closed_is_forgotten() {
        AddressQuota quota = new AddressQuota(2);
        quota.tryAcquire("10.0.0.1");
        quota.release("10.0.0.1");
        quota.release("10.0.0.1"); // a second release changes nothing
        assertThat(quota.count("10.0.0.1")).isZero();
        assertThat(quota.tryAcquire("10.0.0.1")).isTrue();
        assertThat(quota.tryAcquire("10.0.0.1")).isTrue();
        assertThat(quota.tryAcquire("10.0.0.1")).isFalse();
    }
}
