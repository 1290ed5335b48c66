package io.pulse.alerts.api;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs alert-engine work that writes alerts in a transaction, one such transaction of this server
 * at a time until it ends. The engine serialises its work in memory; without this lock a thread
 * waiting inside the engine for a row lock of another thread's open transaction would keep that
 * transaction from ever finishing its own engine work and committing (a deadlock the database
 * cannot see). Inside a caller's transaction (scoring) the work runs in a savepoint, so its failure
 * never undoes the caller's writes, and the lock is held until the caller's transaction ends.
 */
@Component
class EngineTransactions {

  private final ReentrantLock lock = new ReentrantLock();
  private final TransactionTemplate own;
  private final TransactionTemplate savepoint;

  EngineTransactions(PlatformTransactionManager transactions) {
    this.own = new TransactionTemplate(transactions);
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  <T> T run(TransactionCallback<T> work) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      if (!lock.isHeldByCurrentThread()) {
        lock.lock();
        TransactionSynchronizationManager.registerSynchronization(
            new TransactionSynchronization() {
              @Override
              public void afterCompletion(int status) {
                lock.unlock();
              }
            });
      }
      return savepoint.execute(work);
    }
    lock.lock();
    try {
      return own.execute(work);
    } finally {
      lock.unlock();
    }
  }
}
