package org.takatuf.ledger.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.takatuf.ledger.IntegrityProblem;
import org.takatuf.ledger.Ledger;

/** Runs the journal's integrity check on a schedule and logs every problem as an error for operations. */
@Component
class LedgerIntegritySchedule {

    private static final Logger log = LoggerFactory.getLogger(LedgerIntegritySchedule.class);

    private final Ledger ledger;
    private volatile List<IntegrityProblem> lastResult = List.of();

    LedgerIntegritySchedule(Ledger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(fixedDelayString = "${takatuf.ledger.integrity-check.every:PT1H}",
            initialDelayString = "${takatuf.ledger.integrity-check.initial-delay:PT5M}")
    void check() {
        List<IntegrityProblem> problems = ledger.checkIntegrity();
        problems.forEach(p -> log.error("Ledger integrity: {} {}", p.kind(), p.subject()));
        if (problems.isEmpty()) {
            log.info("Ledger integrity check passed");
        }
        lastResult = problems;
    }

    List<IntegrityProblem> lastResult() {
        return lastResult;
    }
}
