#pragma once

#include <QLineEdit>

class QAbstractItemModel;
class QCompleter;

namespace Tepat {

// A field that searches as the user types: any part of a candidate's text lists the matches,
// choosing one reports its id, and clearing the field reports 0. Subclasses supply the
// candidates and show the current choice again when a text that matches nothing is left.
class SearchPicker : public QLineEdit
{
    Q_OBJECT

public:
    QCompleter *completer() const { return m_completer; }

signals:
    // The user chose a candidate (its id), or 0 to unlink.
    void chosen(qint64 id);

protected:
    explicit SearchPicker(QWidget *parent);
    // idRole is the candidates' role that holds the id reported by chosen().
    void setCandidates(QAbstractItemModel *candidates, int idRole);

private:
    QCompleter *m_completer;
};

} // namespace Tepat
