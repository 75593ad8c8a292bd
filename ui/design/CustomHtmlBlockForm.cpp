#include "design/CustomHtmlBlockForm.h"

#include "design/FieldMenuButton.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace hookmail {

CustomHtmlBlockForm::CustomHtmlBlockForm(FieldCatalog *catalog, QWidget *parent)
    : BlockForm(catalog, tr("Custom HTML"),
                tr("⚠ For people who write HTML: this is put into the email exactly as written."), parent,
                true)
{
    m_html = new QPlainTextEdit(this);
    m_html->setObjectName(QStringLiteral("customHtmlEdit"));
    m_html->setAccessibleName(tr("Custom HTML"));
    m_html->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_html->setUndoRedoEnabled(false); // the design's undo stack covers it
    m_html->setTabChangesFocus(true);
    m_html->setMinimumHeight(140);
    auto *insert = new FieldMenuButton(catalog, this);
    insert->setObjectName(QStringLiteral("customHtmlInsertFieldButton"));
    auto *note =
        new QLabel(tr("A field is written {{traits.name.first|fallback}}; its value is escaped."), this);
    note->setWordWrap(true);
    form()->addRow(insert, note);
    addFillingWidget(m_html);
    connect(m_html, &QPlainTextEdit::textChanged, this,
            [this] { commit(u"html"_qs, [this](Block &b) { b.html = m_html->toPlainText(); }); });
    connect(insert, &FieldMenuButton::fieldChosen, this, [this](const QString &path) {
        m_html->insertPlainText(u"{{" + path + u"}}");
        m_html->setFocus(Qt::OtherFocusReason);
    });
}

QWidget *CustomHtmlBlockForm::firstField() const
{
    return m_html;
}

void CustomHtmlBlockForm::showBlock(const Block &block)
{
    if (m_html->toPlainText() != block.html)
        m_html->setPlainText(block.html);
}

} // namespace hookmail
