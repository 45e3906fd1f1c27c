package dev.citebot.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Micrometer's processor meters under names that {@code promtool check metrics} accepts. Micrometer calls the
 * process's CPU time {@code process_cpu_time_ns_total} (an abbreviated unit, and nanoseconds where Prometheus
 * wants seconds): it is counted here as {@code process_cpu_seconds_total}, the name Prometheus's own clients
 * use. The processor count, {@code system_cpu_count}, reads like a histogram's count: it is
 * {@code system_cpu_logical}.
 */
final class ProcessorMeters implements MeterBinder {
    static final String MICROMETER_CPU_TIME = "process.cpu.time";
    static final String MICROMETER_CPU_COUNT = "system.cpu.count";
    static final String CPU_COUNT = "system.cpu.logical";

    /** Renames and drops Micrometer's names; must be configured before any meter is registered. */
    static MeterFilter names() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return id.getName().equals(MICROMETER_CPU_TIME) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(Meter.Id id) {
                return id.getName().equals(MICROMETER_CPU_COUNT) ? id.withName(CPU_COUNT) : id;
            }
        };
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        new ProcessorMetrics().bindTo(registry);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun && sun.getProcessCpuTime() >= 0) {
            FunctionCounter.builder("process.cpu", sun, bean -> bean.getProcessCpuTime() / 1e9)
                    .baseUnit("seconds").description("CPU time used by the Java virtual machine process")
                    .register(registry);
        }
    }
}
