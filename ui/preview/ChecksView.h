#pragma once

#include "core/render/Checks.h"

#include <QTreeWidget>

namespace hookmail {

// The preview's Checks tab: one row per finding (icon by severity, the problem in plain words, where it
// applies); activating a row with a template line asks the editor to go there.
class ChecksView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ChecksView(QWidget *parent = nullptr);

    // False when the findings are those already shown: then nothing is rebuilt and the reader's selected row
    // stays.
    bool setFindings(const QList<Finding> &findings);
    // Errors and warnings shown (what the tab's title counts).
    int problemCount() const { return m_problems; }

signals:
    void goToLine(int line, int column);

private:
    void activate(QTreeWidgetItem *item);

    QList<Finding> m_shown;
    int m_problems = 0;
};

} // namespace hookmail
