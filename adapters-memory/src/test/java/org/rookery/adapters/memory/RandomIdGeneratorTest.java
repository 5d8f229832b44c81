package org.rookery.adapters.memory;

import java.util.Random;
import org.rookery.ports.contract.IdGeneratorContract;
import org.rookery.ports.out.IdGenerator;

class RandomIdGeneratorTest extends IdGeneratorContract {
    private final RandomIdGenerator ids = new RandomIdGenerator(new Random(42));

    @Override
    protected IdGenerator ids() {
        return ids;
    }
}
