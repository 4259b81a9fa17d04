package dev.banter.tck.wrong;

import dev.banter.api.BanterRuntime;
import dev.banter.api.message.Message;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Wrong on purpose: a runtime that hands each submit to a virtual thread of its own after a random pause of up to 1 ms, so one submitter's
 * messages reach their room out of order. Built as proxies around the real builder and runtime.
 */
public final class ReorderingRuntime {

    private ReorderingRuntime() {}

    /** A builder whose runtimes reorder submits; every other call goes to {@code real}. */
    public static BanterRuntime.Builder wrap(BanterRuntime.Builder real) {
        return proxy(BanterRuntime.Builder.class, (self, method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("build")) {
                return reordering((BanterRuntime) result);
            }
            return result == real ? self : result;
        });
    }

    private static BanterRuntime reordering(BanterRuntime real) {
        return proxy(BanterRuntime.class, (self, method, args) -> {
            if (method.getName().equals("submit")) {
                Message m = (Message) args[0];
                return CompletableFuture.supplyAsync(
                                () -> {
                                    LockSupport.parkNanos(
                                            ThreadLocalRandom.current().nextLong(1_000_000));
                                    return real.submit(m);
                                },
                                task -> Thread.ofVirtual().start(task))
                        .thenCompose(stage -> stage);
            }
            return invoke(real, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
