#include "admin/pricecategorydialog.h"

#include "core/displayformat.h"
#include "widgets/fielderrors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

PriceCategoryDialog::PriceCategoryDialog(int seatCount, QWidget *parent)
    : QDialog(parent), m_errors(new FieldErrors(this))
{
    setObjectName(u"priceCategoryDialog"_s);
    setWindowTitle(tr("New Price Category"));
    auto *intro = new QLabel(tr("The %Ln selected seat(s) go into the new category, leaving any "
                                "category they were in.",
                                nullptr, seatCount),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("role", u"muted"_s);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"categoryNameLineEdit"_s);
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. Stalls A, Premium, Economy"));
    m_priceEdit = new QLineEdit(this);
    m_priceEdit->setObjectName(u"categoryPriceLineEdit"_s);
    m_priceEdit->setPlaceholderText(u"45.00"_s);
    m_priceEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_priceEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"\\d{0,10}([.,]\\d{0,2})?"_s), m_priceEdit));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name"), this);
    nameLabel->setBuddy(m_name);
    auto *priceLabel = new QLabel(tr("&Price (%1)").arg(DisplayFormat::currencySymbol()), this);
    priceLabel->setBuddy(m_priceEdit);
    // The fields sit in boxes with their error lines, so the labels are not their siblings:
    // screen readers get the names directly.
    m_name->setAccessibleName(tr("Name"));
    m_priceEdit->setAccessibleName(tr("Price (%1)").arg(DisplayFormat::currencySymbol()));
    form->addRow(nameLabel, m_errors->wrap(u"name"_s, m_name));
    form->addRow(priceLabel, m_errors->wrap(u"priceCents"_s, m_priceEdit));

    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"cancelCategoryPushButton"_s);
    auto *create = new QPushButton(tr("Create category"), this);
    create->setObjectName(u"createCategoryPushButton"_s);
    create->setProperty("role", u"primary"_s);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &PriceCategoryDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setMinimumWidth(420);
}

QString PriceCategoryDialog::name() const
{
    return m_name->text().trimmed();
}

void PriceCategoryDialog::accept()
{
    m_errors->clear();
    bool valid = true;
    Cents price = 0;
    // The price first, so that the name, when it is wrong too, ends up with the focus.
    if (!parseCents(m_priceEdit->text(), &price)) {
        m_errors->show(u"priceCents"_s, tr("Enter a price such as 45.00."));
        valid = false;
    }
    if (name().isEmpty()) {
        m_errors->show(u"name"_s, tr("Enter a name."));
        valid = false;
    }
    if (!valid)
        return;
    m_price = price;
    QDialog::accept();
}

} // namespace mq::client
