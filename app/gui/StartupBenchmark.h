#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace Tepat {

// Measures the time from the start of the process to the first paint of a window, for
// `tepat --startup-benchmark FILE`: it prints the milliseconds on stdout and quits the
// application once that paint has happened.
class StartupBenchmark : public QObject
{
    Q_OBJECT

public:
    // Call first thing in main(): it also reads how long the process ran before main().
    StartupBenchmark();

    // Reports the first paint of the window; then quits once ready() has been called too (the
    // deferred check), printing that time as well.
    void watch(QWidget *window);
    void ready();
    qint64 elapsedMs() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceMain;
    qint64 m_beforeMainMs = 0;
    bool m_painted = false;
    bool m_ready = false;
    void quitWhenDone();
};

} // namespace Tepat
