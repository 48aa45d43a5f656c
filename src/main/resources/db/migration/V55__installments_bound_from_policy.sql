-- PAY-1's maximum number of installments is a parameter of the policy file (checked by OrderRules against
-- the version in force), not a number of the schema: a policy that allows 18 must not need a migration.
-- What is true under every policy stays: an order is paid in at least one installment.
alter table order_payments drop constraint order_payments_installments;
alter table order_payments add constraint order_payments_installments check (installments >= 1);
