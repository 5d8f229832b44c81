package org.rookery.adapters.memory;

import org.rookery.ports.contract.IdGeneratorContract;
import org.rookery.ports.out.IdGenerator;

class SequentialIdGeneratorTest extends IdGeneratorContract {
    private final SequentialIdGenerator ids = new SequentialIdGenerator("node1-");

    @Override
    protected IdGenerator ids() {
        return ids;
    }
}
