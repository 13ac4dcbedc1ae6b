//! Ordering again (the seed's `POST /orders/{id}/reorder`): the request to quote, rebuilt from
//! the order's own.

use crate::error::{Error, Problems};
use crate::pricing::{request, OrderRequest};

/// The request for ordering `original` again, ready to quote: the same merchant, items, address,
/// payment method and notes; the offer code and the loyalty points are left out (a code may be
/// spent, a balance has moved): the customer chooses them anew.
pub fn reorder_request(original: &OrderRequest) -> Result<OrderRequest, Error> {
    let mut problems = Problems::default();
    request::validate(original, &mut problems);
    problems.finish(OrderRequest {
        offer_code: None,
        use_loyalty_points: 0,
        ..original.clone()
    })
}
