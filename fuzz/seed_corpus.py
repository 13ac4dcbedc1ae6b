"""Seeds fuzz/corpus/<target>/ from the vectors and fixtures: each answer with the byte naming its
method first, each document with the byte naming its type. Run from the repository root."""
import hashlib, json
from pathlib import Path

METHODS = ["add_order", "create_order", "search_orders", "search_order_lines", "get_sales_order_details_for_operator",
           "get_sales_payment_info", "sales_payment_reserve", "post_transaction", "cancel_sales_order",
           "cancel_line_sales_order_for_operator", "change_sales_order_line_purchase_info_for_operator",
           "get_provider_orders_integration_session_info_list",
           "get_provider_orders_integration_session_authentication_info", "run_order_exporting_to_provider",
           "run_orders_synchronizing_with_provider", "run_order_linking_with_provider",
           "run_order_unlinking_from_provider", "search_background_activities"]  # fuzz_targets/methods.rs
DOCUMENTS = ["ot_order_add_data_xml", "ot_order_create_data_xml", "ot_order_search_xml", "ot_order_line_search_xml",
             "ot_provider_parameters_xml", "ot_activity_search_xml"]  # fuzz_targets/ot_documents.rs


def put(target, first, text):
    data = bytes([first]) + text.encode("utf-8")
    folder = Path("fuzz/corpus") / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


for path in sorted(Path("tests/vectors").glob("ot_*/*.json")):
    case, op = json.loads(path.read_text()), path.parent.name
    if op == "ot_answer":
        put("ot_answer_xml", METHODS.index(case["args"]["method"]), case["args"]["xml"])
    elif op == "ot_answer_json":
        put("ot_answer_json", METHODS.index(case["args"]["method"]), case["args"]["json"])
    elif op in DOCUMENTS and "result" in case:
        put("ot_documents", DOCUMENTS.index(op), case["result"])
for path in sorted(Path("tests/fixtures/otapi").iterdir()):
    target = "ot_answer_json" if path.suffix == ".json" else "ot_answer_xml"
    for method in range(len(METHODS)):
        put(target, method, path.read_text())
