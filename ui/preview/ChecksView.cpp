#include "preview/ChecksView.h"

#include "core/model/HookPoint.h"

#include <QHeaderView>
#include <QStyle>

namespace hookmail {

ChecksView::ChecksView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("findingsTree"));
    setAccessibleName(tr("Checks"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Problem"), tr("Where")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setWordWrap(true);
    connect(this, &QTreeWidget::itemActivated, this, &ChecksView::activate);
    connect(this, &QTreeWidget::itemClicked, this, &ChecksView::activate);
}

bool ChecksView::setFindings(const QList<Finding> &findings)
{
    if (findings == m_shown)
        return false; // also keeps the reader's selected row (at first: an empty list under "Checks")
    m_shown = findings;
    clear();
    m_problems = 0;
    for (const Finding &f : findings) {
        auto *item = new QTreeWidgetItem(this);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == Finding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == Finding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        if (f.severity != Finding::Severity::Info)
            ++m_problems;
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, f.message);
        item->setToolTip(0, f.message);
        QString where;
        if (const auto point = HookPoint::parse(f.hookPoint))
            where = point->plainName();
        if (f.line > 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("line %1").arg(f.line);
        item->setText(1, where);
        item->setData(0, Qt::UserRole, f.line);
        item->setData(0, Qt::UserRole + 1, f.column);
    }
    return true;
}

void ChecksView::activate(QTreeWidgetItem *item)
{
    const int line = item->data(0, Qt::UserRole).toInt();
    if (line > 0)
        emit goToLine(line, qMax(1, item->data(0, Qt::UserRole + 1).toInt()));
}

} // namespace hookmail
