#include "StartupBenchmark.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <time.h>
#include <unistd.h>

namespace Tepat {

namespace {

// Loading Qt's libraries happens before main(); /proc says when the process started (in clock
// ticks since boot), so that time is counted too, to within a tick (10 ms).
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name may hold spaces: the fields after it follow the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // starttime is field 22 of the whole line, so field 20 after the name and state.
    const qint64 startTicks = fields.value(19).toLongLong();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    return std::max<qint64>(0, nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK));
}

} // namespace

StartupBenchmark::StartupBenchmark()
    : m_beforeMainMs(msSinceProcessStart())
{
    m_sinceMain.start();
}

void StartupBenchmark::watch(QWidget *window)
{
    window->installEventFilter(this);
}

qint64 StartupBenchmark::elapsedMs() const
{
    return m_beforeMainMs + m_sinceMain.elapsed();
}

namespace {

// User plus system time of the process: on a busy machine the wall clock also counts other
// programs, this does not.
qint64 cpuMs()
{
    timespec cpu {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    return qint64(cpu.tv_sec) * 1000 + cpu.tv_nsec / 1'000'000;
}

} // namespace

bool StartupBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint is done, not before: the figure includes drawing the whole window.
        QTimer::singleShot(0, this, [this] {
            QTextStream(stdout) << "startup-ms " << elapsedMs() << " cpu-ms " << cpuMs()
                                << Qt::endl;
            quitWhenDone();
        });
    }
    return QObject::eventFilter(watched, event);
}

void StartupBenchmark::ready()
{
    if (m_ready)
        return;
    m_ready = true;
    QTextStream(stdout) << "checked-ms " << elapsedMs() << " cpu-ms " << cpuMs() << Qt::endl;
    quitWhenDone();
}

void StartupBenchmark::quitWhenDone()
{
    if (m_painted && m_ready)
        QCoreApplication::quit();
}

} // namespace Tepat
