package gov.zone.example;

import gov.zone.client.ApiClient;
import gov.zone.client.api.CreditApi;
import gov.zone.client.model.CreditLedgerEntryDto;
import gov.zone.client.model.CreditLedgerEntryPageDto;
import java.net.URI;

/**
 * Lists credit ledger entries (first page, every filter left out) through the gateway with the generated
 * client, one line per entry: id, kind, score change.
 * Usage: ListCreditLedgerEntries <gateway URL> <bearer token>
 */
public final class ListCreditLedgerEntries {
  private ListCreditLedgerEntries() {}

  public static void main(String[] args) throws Exception {
    ApiClient client = new ApiClient();
    URI gateway = URI.create(args[0]);
    client.updateBaseUri(gateway.toString());
    String token = args[1];
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    CreditApi credit = new CreditApi(client);
    CreditLedgerEntryPageDto page = credit.creditListLedgerEntries(null, null, null, null, null, null, null, null, null, null);
    for (CreditLedgerEntryDto entry : page.getItems()) {
      System.out.println(entry.getId() + " " + entry.getKind() + " " + entry.getScoreDelta());
    }
  }
}
