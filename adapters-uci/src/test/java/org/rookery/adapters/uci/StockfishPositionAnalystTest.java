package org.rookery.adapters.uci;

import org.rookery.ports.contract.PositionAnalystContract;
import org.rookery.ports.out.engine.PositionAnalyst;

/** The engine port's contract on a pool of two Stockfish processes. */
class StockfishPositionAnalystTest extends PositionAnalystContract {

    @Override
    protected PositionAnalyst createAnalyst() {
        return UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.stockfish(), 2), EnginePoolListener.NONE);
    }
}
