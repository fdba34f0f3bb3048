/** Money in whole öre: parsing and writing amounts, the parties that finance, and the types of cost. */
package se.finsam.journey.ledger.money;
