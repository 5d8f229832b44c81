package org.rookery.adapters.uci;

import org.rookery.ports.contract.PositionAnalystContract;
import org.rookery.ports.out.engine.PositionAnalyst;

/**
 * The engine port's contract on Ethereal, an engine with other options (no skill level, no Elo
 * limit) and other output habits than Stockfish: the driver is not Stockfish's alone.
 */
class EtherealPositionAnalystTest extends PositionAnalystContract {

    @Override
    protected PositionAnalyst createAnalyst() {
        return UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.ethereal(), 2), EnginePoolListener.NONE);
    }
}
