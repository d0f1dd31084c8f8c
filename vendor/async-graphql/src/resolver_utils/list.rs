use crate::{
    ContextSelectionSet, OutputType, Positioned, ServerResult, Value, extensions::ResolveInfo,
    parser::types::Field,
};

/// Resolve an list by executing each of the items concurrently.
///
/// Skupaj patch: as "Handling Field Errors" in the GraphQL specification says, an item's error is
/// reported (with the item's path) and the item is `null`; a `null` item in a list of non-null
/// items makes the whole list `null`, which the list's field then handles.
pub async fn resolve_list<'a, T: OutputType + 'a>(
    ctx: &ContextSelectionSet<'a>,
    field: &Positioned<Field>,
    iter: impl IntoIterator<Item = T>,
    len: Option<usize>,
) -> ServerResult<Value> {
    let extensions = &ctx.query_env.extensions;
    if !extensions.is_empty() {
        let mut futures = len.map(Vec::with_capacity).unwrap_or_default();
        for (idx, item) in iter.into_iter().enumerate() {
            futures.push({
                let ctx = ctx.clone();
                async move {
                    let ctx_idx = ctx.with_index(idx);
                    let extensions = &ctx.query_env.extensions;

                    let resolve_info = ResolveInfo {
                        path_node: ctx_idx.path_node.as_ref().unwrap(),
                        parent_type: &Vec::<T>::type_name(),
                        return_type: &T::qualified_type_name(),
                        name: field.node.name.node.as_str(),
                        alias: field.node.alias.as_ref().map(|alias| alias.node.as_str()),
                        is_for_introspection: ctx_idx.is_for_introspection,
                        field: &field.node,
                    };
                    let resolve_fut = async {
                        OutputType::resolve(&item, &ctx_idx, field)
                            .await
                            .map(Option::Some)
                            .map_err(|err| ctx_idx.set_error_path(err))
                    };
                    futures_util::pin_mut!(resolve_fut);
                    extensions.resolve(resolve_info, &mut resolve_fut).await
                }
            });
        }
        let items = futures_util::future::join_all(futures)
            .await
            .into_iter()
            .map(|item| item.map(Option::unwrap_or_default));
        Ok(complete_items::<T>(ctx, items))
    } else {
        let mut futures = len.map(Vec::with_capacity).unwrap_or_default();
        for (idx, item) in iter.into_iter().enumerate() {
            let ctx_idx = ctx.with_index(idx);
            futures.push(async move {
                OutputType::resolve(&item, &ctx_idx, field)
                    .await
                    .map_err(|err| ctx_idx.set_error_path(err))
            });
        }
        let items = futures_util::future::join_all(futures).await;
        Ok(complete_items::<T>(ctx, items))
    }
}

/// Reports the items' errors and makes the list `null` when a non-null item is (skupaj patch).
fn complete_items<'a, T: OutputType + 'a>(
    ctx: &ContextSelectionSet<'a>,
    items: impl IntoIterator<Item = ServerResult<Value>>,
) -> Value {
    let non_null_items = T::qualified_type_name().ends_with('!');
    let mut list = Vec::new();
    let mut null = false;
    for item in items {
        let value = item.unwrap_or_else(|error| {
            ctx.add_error(error);
            Value::Null
        });
        null |= non_null_items && value == Value::Null;
        list.push(value);
    }
    if null { Value::Null } else { Value::List(list) }
}
