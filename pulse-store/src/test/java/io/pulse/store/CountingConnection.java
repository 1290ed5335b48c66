package io.pulse.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * A connection that counts the work its prepared statements send: executions (each {@code
 * executeQuery}, {@code executeUpdate}, {@code execute} or {@code executeBatch} call, the JDBC
 * round trips) and statements (each single execution, and each row added to a batch). Optionally
 * runs a hook before the first statement whose SQL starts with a prefix is prepared.
 */
final class CountingConnection implements InvocationHandler {

  private final Connection target;
  private String hookPrefix;
  private Runnable hook;
  private int executions;
  private int statements;

  private CountingConnection(Connection target) {
    this.target = target;
  }

  /** A counting proxy of {@code target}; read its counts with {@link #of}. */
  static Connection wrap(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            CountingConnection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new CountingConnection(target));
  }

  /** The handler of a proxy made by {@link #wrap}. */
  static CountingConnection of(Connection proxy) {
    return (CountingConnection) Proxy.getInvocationHandler(proxy);
  }

  /**
   * Runs {@code hook} once, before the first statement starting with {@code prefix} is prepared.
   */
  void before(String prefix, Runnable hook) {
    this.hookPrefix = prefix;
    this.hook = hook;
  }

  int executions() {
    return executions;
  }

  int statements() {
    return statements;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    boolean prepare = method.getName().equals("prepareStatement");
    if (prepare && hook != null && ((String) args[0]).startsWith(hookPrefix)) {
      Runnable once = hook;
      hook = null;
      once.run();
    }
    Object result = call(target, method, args);
    if (prepare) {
      PreparedStatement statement = (PreparedStatement) result;
      return Proxy.newProxyInstance(
          CountingConnection.class.getClassLoader(),
          new Class<?>[] {PreparedStatement.class},
          (p, m, a) -> {
            switch (m.getName()) {
              case "addBatch" -> statements++;
              case "executeBatch" -> executions++;
              case "executeQuery", "executeUpdate", "execute" -> {
                executions++;
                statements++;
              }
              default -> {}
            }
            return call(statement, m, a);
          });
    }
    return result;
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
