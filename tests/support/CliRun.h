#pragma once

#include <QStringList>

namespace Tepat {

// tepat-cli run to its end with some arguments: its exit code and what it wrote.
struct CliRun
{
    explicit CliRun(const QStringList &arguments);

    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace Tepat
