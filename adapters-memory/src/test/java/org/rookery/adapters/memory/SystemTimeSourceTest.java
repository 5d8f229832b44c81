package org.rookery.adapters.memory;

import org.rookery.ports.contract.TimeSourceContract;
import org.rookery.ports.out.TimeSource;

class SystemTimeSourceTest extends TimeSourceContract {
    private final SystemTimeSource time = new SystemTimeSource();

    @Override
    protected TimeSource timeSource() {
        return time;
    }
}
