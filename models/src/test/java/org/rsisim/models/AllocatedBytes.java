package org.rsisim.models;

import java.lang.reflect.Method;

/** The models' tests' reading of the current thread's allocation counter, for tests that a run allocates nothing. */
public final class AllocatedBytes {
    private AllocatedBytes() {
    }

    /**
     * Returns the bytes allocated so far by the current thread (HotSpot's counter), or -1 where it is not available;
     * by reflection, since the test classes are compiled inside the models module, which does not read
     * {@code java.management}.
     *
     * @return the bytes, or -1
     */
    public static long ofThisThread() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method counter = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes");
            return (long) counter.invoke(bean);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }
}
