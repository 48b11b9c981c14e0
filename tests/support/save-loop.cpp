// tepat-test-save-loop FILE: saves two different synthetic workspaces over FILE, alternately,
// until it is killed. The kill-during-save test kills it at random instants.
#include "SyntheticCascade.h"
#include "store/WorkspaceFile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Tepat;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = QCoreApplication::arguments().value(1);
    // The test starts from the first state, so the loop begins with the second.
    const Cascade states[2]
        = {SyntheticCascade::generate(1000, 2), SyntheticCascade::generate(1000, 1)};
    std::puts("ready");
    std::fflush(stdout);
    for (int round = 0;; ++round) {
        if (!WorkspaceFile::save(states[round % 2], path))
            return 2;
    }
}
