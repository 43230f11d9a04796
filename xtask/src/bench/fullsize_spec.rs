//! A synthetic OpenAPI 3.0 document of DingTalk's full size, for `cargo xtask
//! bench fullsize`: 125 modules (tags named like the modules of DingTalk's
//! SDK: `exclusive_1_0`, `todo_1_0`, `storage_2_0`, ...) and 3,289
//! operations, spread over the modules as unevenly as DingTalk's: four with
//! more than 100, most with 10 to 30, the smallest with 9 (module `i` of the
//! list, largest first, gets a share proportional to `1 / (i + 8)`).
//!
//! Each module has resources of six operations each (create, get, update,
//! delete, list and query, the last resource cut short), in DingTalk's style:
//! operationId `<module>_<Verb><Noun>`, paths under `/v<major>.0/<module>/`,
//! the operator's `unionId` in the query, JSON bodies with nested objects,
//! arrays and enums, cursor paging (`x-pagination`) on lists, the access
//! token in the `x-acs-dingtalk-access-token` header, and error responses
//! 400, 401, 403, 404 and 500 with the shared `ErrorBody`, each documented
//! code an example whose value carries the `code` and whose `summary`
//! describes it. The module's schemas are prefixed with its name
//! (`TodoV1Task`); `UserRef`, `KeyValue`, `Visibility` and `ErrorBody` are
//! shared by every module. The same call always gives the same document.

use serde_json::{json, Map, Value};

/// DingTalk's size: modules and operations in its official SDK.
pub const MODULES: usize = 125;
pub const OPERATIONS: usize = 3289;

/// The modules, largest first. Many are module names of DingTalk's SDK; the
/// list is the benchmark's own, not read from the SDK.
const MODULE_NAMES: [&str; MODULES] = [
    "exclusive_1_0",
    "yida_1_0",
    "crm_1_0",
    "hrm_1_0",
    "edu_1_0",
    "industry_1_0",
    "contact_1_0",
    "im_1_0",
    "workflow_1_0",
    "project_1_0",
    "attendance_1_0",
    "alitrip_1_0",
    "storage_1_0",
    "drive_1_0",
    "notable_1_0",
    "calendar_1_0",
    "doc_1_0",
    "doc_2_0",
    "storage_2_0",
    "wiki_2_0",
    "okr_1_0",
    "robot_1_0",
    "card_1_0",
    "conference_1_0",
    "live_1_0",
    "finance_1_0",
    "bizfinance_1_0",
    "bizfinance_2_0",
    "esign_2_0",
    "ats_1_0",
    "todo_1_0",
    "report_1_0",
    "minutes_1_0",
    "mail_1_0",
    "oauth2_1_0",
    "smart_work_1_0",
    "service_group_1_0",
    "datacenter_1_0",
    "devicemng_1_0",
    "diot_1_0",
    "smart_device_1_0",
    "rooms_1_0",
    "resident_1_0",
    "micro_app_1_0",
    "miniapp_1_0",
    "workbench_1_0",
    "badge_1_0",
    "blackboard_1_0",
    "activity_1_0",
    "agoal_1_0",
    "amdp_1_0",
    "apaas_1_0",
    "app_market_1_0",
    "bay_max_1_0",
    "bipaas_1_0",
    "carbon_1_0",
    "chengfeng_1_0",
    "content_1_0",
    "conv_file_1_0",
    "connector_1_0",
    "customer_service_1_0",
    "dingmi_1_0",
    "h_rbrain_1_0",
    "impaas_1_0",
    "jzcrm_1_0",
    "link_1_0",
    "pedia_1_0",
    "search_1_0",
    "swform_1_0",
    "team_sphere_1_0",
    "trajectory_1_0",
    "wiki_1_0",
    "yida_2_0",
    "aliding_1_0",
    "aliding_2_0",
    "manufacturing_1_0",
    "ai_interaction_1_0",
    "assistant_1_0",
    "bill_1_0",
    "convert_1_0",
    "esign_1_0",
    "exclusive_2_0",
    "hrm_2_0",
    "jianxin_1_0",
    "moz_1_0",
    "orgright_1_0",
    "pay_1_0",
    "security_1_0",
    "serverless_1_0",
    "watt_1_0",
    "ocr_1_0",
    "message_1_0",
    "contract_1_0",
    "invoice_1_0",
    "asset_1_0",
    "vehicle_1_0",
    "visitor_1_0",
    "health_1_0",
    "meeting_1_0",
    "notice_1_0",
    "training_1_0",
    "exam_1_0",
    "school_1_0",
    "campus_1_0",
    "medical_1_0",
    "retail_1_0",
    "logistics_1_0",
    "energy_1_0",
    "government_1_0",
    "partner_1_0",
    "isv_1_0",
    "marketing_1_0",
    "customer_1_0",
    "service_1_0",
    "data_1_0",
    "audit_1_0",
    "log_1_0",
    "compliance_1_0",
    "kms_1_0",
    "sso_1_0",
    "tenant_1_0",
    "org_1_0",
    "label_1_0",
    "agent_1_0",
    "hospital_1_0",
];

/// What the resources of a module are named after; each module starts at
/// its own place in the list, so that modules differ.
const NOUNS: [&str; 36] = [
    "Space",
    "Group",
    "Member",
    "Message",
    "Event",
    "Task",
    "Instance",
    "Record",
    "Template",
    "Form",
    "Card",
    "Robot",
    "Department",
    "User",
    "Role",
    "Permission",
    "Calendar",
    "Report",
    "Comment",
    "Meeting",
    "Room",
    "Device",
    "Order",
    "Contract",
    "Customer",
    "Project",
    "File",
    "Folder",
    "Schedule",
    "Approval",
    "Label",
    "Field",
    "Sheet",
    "Workspace",
    "Channel",
    "Notice",
];

/// The operations of a resource, in the order they are added.
const VERBS: [Verb; 6] = [
    Verb::Create,
    Verb::Get,
    Verb::Update,
    Verb::Delete,
    Verb::List,
    Verb::Query,
];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Verb {
    Create,
    Get,
    Update,
    Delete,
    List,
    Query,
}

/// One module of the document: its tag and number of operations.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub name: &'static str,
    pub operations: usize,
}

/// The modules with their operations, largest first: shares of [`OPERATIONS`]
/// proportional to `1 / (i + 8)`, rounded by largest remainder so that they
/// add up exactly.
pub fn modules() -> Vec<Module> {
    let weights: Vec<f64> = (0..MODULES).map(|i| 1.0 / (i as f64 + 8.0)).collect();
    let total: f64 = weights.iter().sum();
    let exact: Vec<f64> = weights
        .iter()
        .map(|w| OPERATIONS as f64 * w / total)
        .collect();
    let mut counts: Vec<usize> = exact.iter().map(|x| x.floor() as usize).collect();
    let mut by_remainder: Vec<usize> = (0..MODULES).collect();
    by_remainder.sort_by(|&a, &b| {
        let (ra, rb) = (exact[a] - exact[a].floor(), exact[b] - exact[b].floor());
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let missing = OPERATIONS - counts.iter().sum::<usize>();
    for &i in &by_remainder[..missing] {
        counts[i] += 1;
    }
    MODULE_NAMES
        .iter()
        .zip(counts)
        .map(|(&name, operations)| Module { name, operations })
        .collect()
}

/// `smart_work_1_0` → (`smart_work`, 1).
fn split_version(module: &str) -> (&str, u32) {
    let mut parts = module.rsplitn(3, '_');
    let (_minor, major, base) = (parts.next(), parts.next(), parts.next());
    match (base, major.and_then(|m| m.parse().ok())) {
        (Some(base), Some(major)) => (base, major),
        _ => (module, 1),
    }
}

/// `smart_work` → `SmartWork`.
fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `SmartWork` → `smartWork`.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn json_content(schema: Value) -> Value {
    json!({ "application/json": { "schema": schema } })
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => unreachable!("an object literal"),
    }
}

/// The document.
pub fn document() -> Value {
    let mut paths = Map::new();
    let mut schemas = shared_schemas();
    let mut tags = Vec::new();
    for (index, module) in modules().iter().enumerate() {
        tags.push(json!({
            "name": module.name,
            "description": format!(
                "The `{}` module: {} operations on its resources.",
                module.name, module.operations
            ),
        }));
        add_module(index, module, &mut paths, &mut schemas);
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "DingTalk server API (synthetic, full size)",
            "version": "1.0.0",
            "description": format!(
                "A synthetic document of DingTalk's size: {MODULES} modules, {OPERATIONS} operations."
            ),
        },
        "servers": [{ "url": "https://api.dingtalk.com", "description": "DingTalk production host." }],
        "security": [{ "AccessToken": [] }],
        "x-retryable-error-codes": ["request.overlimit", "operationTimeout"],
        "tags": tags,
        "paths": paths,
        "components": {
            "securitySchemes": {
                "AccessToken": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "x-acs-dingtalk-access-token",
                    "description": "An access token from `oauth2_1_0_GetAccessToken`.",
                    "x-invalid-token-error-codes": ["InvalidAuthentication"],
                },
            },
            "headers": {
                "RequestId": {
                    "description": "The id DingTalk gave this request.",
                    "schema": { "type": "string" },
                },
            },
            "responses": {
                "InvalidToken": {
                    "description": "The access token is missing, wrong or expired.",
                    "headers": { "x-acs-request-id": { "$ref": "#/components/headers/RequestId" } },
                    "content": {
                        "application/json": {
                            "schema": reference("ErrorBody"),
                            "examples": {
                                "InvalidAuthentication": error_example(
                                    "InvalidAuthentication",
                                    "The token was not accepted.",
                                ),
                            },
                        },
                    },
                },
            },
            "schemas": schemas,
        },
    })
}

/// The resources of module number `index`, its paths and its schemas.
fn add_module(
    index: usize,
    module: &Module,
    paths: &mut Map<String, Value>,
    schemas: &mut Map<String, Value>,
) {
    let (base, major) = split_version(module.name);
    let prefix = format!("{}V{major}", pascal(base));
    let root = format!("/v{major}.0/{}", lower_first(&pascal(base)));
    let resources = module.operations.div_ceil(VERBS.len());
    for r in 0..resources {
        let noun = match r / NOUNS.len() {
            0 => NOUNS[(index * 7 + r) % NOUNS.len()].to_owned(),
            n => format!("{}{}", NOUNS[(index * 7 + r) % NOUNS.len()], n + 1),
        };
        let verbs = &VERBS[..(module.operations - r * VERBS.len()).min(VERBS.len())];
        let resource = Resource {
            module: module.name,
            noun: noun.clone(),
            lower: lower_first(&noun),
            schema: format!("{prefix}{noun}"),
            prefix: prefix.clone(),
        };
        schemas.extend(resource.schemas(verbs));
        let collection = format!("{root}/{}s", resource.lower);
        let item = format!("{collection}/{{{}Id}}", resource.lower);
        for &verb in verbs {
            let path = match verb {
                Verb::Create | Verb::List => collection.clone(),
                Verb::Query => format!("{collection}/query"),
                Verb::Get | Verb::Update | Verb::Delete => item.clone(),
            };
            let method = match verb {
                Verb::Create | Verb::Query => "post",
                Verb::Get | Verb::List => "get",
                Verb::Update => "put",
                Verb::Delete => "delete",
            };
            paths
                .entry(path)
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("a path item is an object")
                .insert(method.to_owned(), resource.operation(verb));
        }
    }
}

/// One resource of a module.
struct Resource {
    module: &'static str,
    /// `Task`, `task`.
    noun: String,
    lower: String,
    /// The resource's schema (`TodoV1Task`), and the module's prefix of the
    /// others (`TodoV1`).
    schema: String,
    prefix: String,
}

impl Resource {
    fn named(&self, what: &str) -> String {
        format!("{}{what}", self.prefix)
    }

    fn operation(&self, verb: Verb) -> Value {
        let (noun, lower, module) = (&self.noun, &self.lower, self.module);
        let union_id = json!({
            "name": "unionId", "in": "query", "required": true,
            "description": "The unionId of the user performing the operation.",
            "schema": { "type": "string" },
            "example": "cHtUYxxxxx",
        });
        let id = json!({
            "name": format!("{lower}Id"), "in": "path", "required": true,
            "description": format!("The {lower}'s id."),
            "schema": { "type": "string" },
            "example": "854xxxxx",
        });
        let ok = |description: String, schema: Value| {
            json!({
                "description": description,
                "headers": { "x-acs-request-id": { "$ref": "#/components/headers/RequestId" } },
                "content": json_content(schema),
            })
        };
        let body = |schema: String| json!({ "required": true, "content": json_content(reference(&schema)) });
        let (id_verb, summary, description) = match verb {
            Verb::Create => (
                format!("Create{noun}"),
                format!("Create a {lower}."),
                format!("Creates a {lower} with the given settings and members; returns it with its new id."),
            ),
            Verb::Get => (
                format!("Get{noun}"),
                format!("Get a {lower}."),
                format!("Returns one {lower}, with its settings and attributes, if the operator may see it."),
            ),
            Verb::Update => (
                format!("Update{noun}"),
                format!("Change a {lower}."),
                format!("Changes the given fields of a {lower}; fields left out keep their value."),
            ),
            Verb::Delete => (
                format!("Delete{noun}"),
                format!("Delete a {lower}."),
                format!("Deletes a {lower}. Deleting one that is already gone is answered with `{lower}NotExist`."),
            ),
            Verb::List => (
                format!("List{noun}s"),
                format!("List {lower}s, a page at a time."),
                format!("Lists the {lower}s the operator may see, newest first; pass `nextToken` from one page to get the next."),
            ),
            Verb::Query => (
                format!("Query{noun}s"),
                format!("Find {lower}s by state, creator and time."),
                format!("Returns the {lower}s that match every condition of the filter, a page at a time. The call changes nothing."),
            ),
        };
        let mut operation = json!({
            "tags": [module],
            "operationId": format!("{module}_{id_verb}"),
            "summary": summary,
            "description": description,
        });
        let fields = operation.as_object_mut().expect("an object");
        let (parameters, request, response) = match verb {
            Verb::Create => (
                vec![union_id],
                Some(body(self.named(&format!("Create{noun}Request")))),
                ok(format!("The new {lower}."), reference(&self.schema)),
            ),
            Verb::Get => (
                vec![id, union_id],
                None,
                ok(format!("The {lower}."), reference(&self.schema)),
            ),
            Verb::Update => (
                vec![id, union_id],
                Some(body(self.named(&format!("Update{noun}Request")))),
                ok(format!("The {lower} as changed."), reference(&self.schema)),
            ),
            Verb::Delete => (
                vec![id, union_id],
                None,
                ok(
                    format!("The {lower} is deleted."),
                    json!({
                        "type": "object",
                        "properties": { "success": { "type": "boolean", "description": "Whether it was deleted." } },
                    }),
                ),
            ),
            Verb::List => (
                vec![
                    union_id,
                    json!({ "name": "nextToken", "in": "query", "description": "Where the previous page ended; none for the first page.",
                            "schema": { "type": "string" } }),
                    json!({ "name": "maxResults", "in": "query", "description": "At most this many on a page.",
                            "schema": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 20 } }),
                    json!({ "name": "status", "in": "query", "description": format!("Only the {lower}s in this state."),
                            "schema": reference(&format!("{}Status", self.schema)) }),
                ],
                None,
                ok(
                    format!("A page of {lower}s."),
                    reference(&self.named(&format!("List{noun}sResponse"))),
                ),
            ),
            Verb::Query => (
                vec![union_id],
                Some(body(self.named(&format!("Query{noun}sRequest")))),
                ok(
                    format!("The {lower}s found."),
                    reference(&self.named(&format!("Query{noun}sResponse"))),
                ),
            ),
        };
        fields.insert("parameters".into(), Value::Array(parameters));
        if let Some(request) = request {
            fields.insert("requestBody".into(), request);
        }
        match verb {
            Verb::List => {
                fields.insert(
                    "x-pagination".into(),
                    json!({ "cursorParameter": "nextToken", "cursorField": "nextToken", "itemsField": "items" }),
                );
            }
            Verb::Query | Verb::Get => {
                fields.insert("x-idempotent".into(), json!(true));
            }
            _ => {}
        }
        let mut bad_request = vec![("paramError", "A parameter is invalid.".to_owned())];
        if matches!(verb, Verb::Create | Verb::Update) {
            bad_request.push((
                "nameIllegal",
                format!("The {lower}'s name is empty, too long or not allowed."),
            ));
        }
        if verb == Verb::Create {
            bad_request.push((
                "alreadyExist",
                format!("A {lower} of that name already exists."),
            ));
        }
        if verb == Verb::List {
            bad_request.push((
                "invalidNextToken",
                "The nextToken is not one this call gave.".to_owned(),
            ));
        }
        let not_found = match verb {
            Verb::Create | Verb::List | Verb::Query => (
                "unionIdNotExist",
                "The operator is not a user of the organisation.".to_owned(),
            ),
            _ => ("notExist", format!("The {lower} does not exist.")),
        };
        let codes = |pairs: Vec<(&str, String)>| -> Vec<(String, String)> {
            pairs
                .into_iter()
                .map(|(code, summary)| match code {
                    "nameIllegal" | "alreadyExist" | "notExist" => {
                        (format!("{lower}{}", pascal(code)), summary)
                    }
                    _ => (code.to_owned(), summary),
                })
                .collect()
        };
        fields.insert(
            "responses".into(),
            json!({
                "200": response,
                "400": error_response("The request was rejected.", codes(bad_request)),
                "401": { "$ref": "#/components/responses/InvalidToken" },
                "403": error_response(
                    "The operator may not do this.",
                    codes(vec![("permissionDenied", format!("The operator may not change or see this {lower}."))]),
                ),
                "404": error_response("Not found.", codes(vec![not_found])),
                "500": error_response(
                    "DingTalk failed.",
                    codes(vec![("systemError", "A system error; try again later.".to_owned())]),
                ),
            }),
        );
        operation
    }

    /// The schemas the resource's `verbs` use.
    fn schemas(&self, verbs: &[Verb]) -> Map<String, Value> {
        let (noun, lower, schema) = (&self.noun, &self.lower, &self.schema);
        let status = format!("{schema}Status");
        let mut schemas = object(json!({
            schema.clone(): {
                "type": "object",
                "description": format!("A {lower} of the `{}` module.", self.module),
                "required": ["id", "name", "status"],
                "properties": {
                    "id": { "type": "string", "description": format!("The {lower}'s id."), "example": "854xxxxx" },
                    "name": { "type": "string", "description": "Its name, as users see it.", "maxLength": 200, "example": "Weekly review" },
                    "description": { "type": "string", "description": "What it is for." },
                    "status": reference(&status),
                    "createTime": { "type": "string", "format": "date-time", "description": "When it was created." },
                    "modifiedTime": { "type": "string", "format": "date-time", "description": "When it was last changed." },
                    "revision": { "type": "integer", "format": "int64", "description": "Grows with every change." },
                    "creator": reference("UserRef"),
                    "visibility": reference("Visibility"),
                    "tags": { "type": "array", "description": "Labels users gave it.", "items": { "type": "string" } },
                    "settings": {
                        "type": "object",
                        "description": "How it behaves.",
                        "properties": {
                            "notify": { "type": "boolean", "description": "Whether members are told of changes." },
                            "quota": { "type": "integer", "format": "int64", "description": "Bytes it may use." },
                            "locale": { "type": "string", "description": "Its language, such as `zh_CN`." },
                        },
                    },
                    "attributes": { "type": "array", "description": "Fields the app defines.", "items": reference("KeyValue") },
                    "members": {
                        "type": "array",
                        "description": "Who takes part, with their role.",
                        "items": {
                            "type": "object",
                            "required": ["userId"],
                            "properties": {
                                "userId": { "type": "string", "description": "The member's userId." },
                                "role": { "type": "string", "description": "What the member may do.", "enum": ["OWNER", "EDITOR", "READER"] },
                            },
                        },
                    },
                },
            },
            status.clone(): {
                "type": "string",
                "description": format!("Where a {lower} is in its life."),
                "enum": ["DRAFT", "ACTIVE", "SUSPENDED", "ARCHIVED"],
                "example": "ACTIVE",
            },
        }));
        for verb in verbs {
            let added = match verb {
                Verb::Create => json!({
                    self.named(&format!("Create{noun}Request")): {
                        "type": "object",
                        "description": format!("A new {lower}."),
                        "required": ["name"],
                        "properties": {
                            "name": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Its name." },
                            "description": { "type": "string", "description": "What it is for." },
                            "visibility": reference("Visibility"),
                            "tags": { "type": "array", "items": { "type": "string" }, "maxItems": 20 },
                            "option": {
                                "type": "object",
                                "description": "How to create it.",
                                "properties": {
                                    "conflictStrategy": { "type": "string", "enum": ["AUTO_RENAME", "OVERWRITE", "FAIL"], "description": "What to do when the name is taken." },
                                    "notify": { "type": "boolean", "description": "Whether members are told." },
                                },
                            },
                            "members": { "type": "array", "items": reference("UserRef"), "description": "Who takes part." },
                        },
                    },
                }),
                Verb::Update => json!({
                    self.named(&format!("Update{noun}Request")): {
                        "type": "object",
                        "description": format!("The fields of a {lower} to change."),
                        "properties": {
                            "name": { "type": "string", "minLength": 1, "maxLength": 200 },
                            "description": { "type": "string" },
                            "status": reference(&status),
                            "tags": { "type": "array", "items": { "type": "string" } },
                            "attributes": { "type": "array", "items": reference("KeyValue") },
                        },
                    },
                }),
                Verb::List => json!({
                    self.named(&format!("List{noun}sResponse")): {
                        "type": "object",
                        "description": format!("A page of {lower}s."),
                        "properties": {
                            "items": { "type": "array", "items": reference(schema) },
                            "nextToken": { "type": "string", "description": "Where the next page starts; none on the last page." },
                            "totalCount": { "type": "integer", "format": "int64" },
                        },
                    },
                }),
                Verb::Query => json!({
                    self.named(&format!("Query{noun}sRequest")): {
                        "type": "object",
                        "description": format!("Which {lower}s to find."),
                        "properties": {
                            "filter": {
                                "type": "object",
                                "description": "Conditions a result meets, all of them.",
                                "properties": {
                                    "statuses": { "type": "array", "items": reference(&status) },
                                    "creatorIds": { "type": "array", "items": { "type": "string" }, "maxItems": 100 },
                                    "createdAfter": { "type": "string", "format": "date-time" },
                                    "keyword": { "type": "string", "maxLength": 50 },
                                },
                            },
                            "orderBy": { "type": "string", "enum": ["createTime", "modifiedTime", "name"] },
                            "maxResults": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 100 },
                            "nextToken": { "type": "string" },
                        },
                    },
                    self.named(&format!("Query{noun}sResponse")): {
                        "type": "object",
                        "properties": {
                            "list": { "type": "array", "items": reference(schema) },
                            "hasMore": { "type": "boolean" },
                            "nextToken": { "type": "string" },
                        },
                    },
                }),
                Verb::Get | Verb::Delete => json!({}),
            };
            schemas.extend(object(added));
        }
        schemas
    }
}

/// An error response whose body is the shared `ErrorBody`, with one example
/// per documented code.
fn error_response(description: &str, codes: Vec<(String, String)>) -> Value {
    let examples: Map<String, Value> = codes
        .iter()
        .map(|(code, summary)| (code.clone(), error_example(code, summary)))
        .collect();
    json!({
        "description": description,
        "headers": { "x-acs-request-id": { "$ref": "#/components/headers/RequestId" } },
        "content": {
            "application/json": { "schema": reference("ErrorBody"), "examples": examples },
        },
    })
}

fn error_example(code: &str, summary: &str) -> Value {
    json!({
        "summary": summary,
        "value": { "code": code, "message": summary, "requestid": "0A1B2C3D-0000-4000-8000-000000000001" },
    })
}

/// The schemas every module refers to.
fn shared_schemas() -> Map<String, Value> {
    object(json!({
        "ErrorBody": {
            "type": "object",
            "description": "The body of every failed call.",
            "properties": {
                "code": { "type": "string", "description": "A machine-readable error code." },
                "message": { "type": "string", "description": "A human-readable explanation." },
                "requestid": { "type": "string", "description": "The id DingTalk gave this request." },
            },
        },
        "UserRef": {
            "type": "object",
            "description": "A user of the organisation.",
            "required": ["unionId"],
            "properties": {
                "unionId": { "type": "string", "description": "The user's unionId." },
                "userId": { "type": "string", "description": "The user's id in the organisation." },
                "name": { "type": "string", "description": "The user's name." },
            },
        },
        "KeyValue": {
            "type": "object",
            "required": ["key"],
            "properties": {
                "key": { "type": "string" },
                "value": { "type": "string" },
            },
        },
        "Visibility": {
            "type": "string",
            "description": "Who may see it.",
            "enum": ["PRIVATE", "ORG", "PUBLIC"],
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, HashSet};

    #[test]
    fn the_modules_have_dingtalks_size_and_spread() {
        let modules = modules();
        assert_eq!(modules.len(), MODULES);
        assert_eq!(
            modules.iter().map(|m| m.operations).sum::<usize>(),
            OPERATIONS
        );
        let names: HashSet<&str> = modules.iter().map(|m| m.name).collect();
        assert_eq!(names.len(), MODULES, "module names repeat");
        assert!(modules
            .windows(2)
            .all(|w| w[0].operations >= w[1].operations));
        let over_100 = modules.iter().filter(|m| m.operations > 100).count();
        let ten_to_30 = modules
            .iter()
            .filter(|m| (10..=30).contains(&m.operations))
            .count();
        assert!((3..=6).contains(&over_100), "{over_100} modules over 100");
        assert!(ten_to_30 > MODULES / 2, "{ten_to_30} modules of 10 to 30");
        // The one-module application's module (`bench fullsize` takes the
        // first module nearest 30 operations).
        let near_30 = modules.iter().min_by_key(|m| m.operations.abs_diff(30));
        assert_eq!(
            near_30,
            Some(&Module {
                name: "todo_1_0",
                operations: 30
            })
        );
    }

    #[test]
    fn names_are_split_and_cased_like_dingtalks() {
        assert_eq!(split_version("smart_work_1_0"), ("smart_work", 1));
        assert_eq!(split_version("doc_2_0"), ("doc", 2));
        assert_eq!(pascal("smart_work"), "SmartWork");
        assert_eq!(lower_first("SmartWork"), "smartWork");
    }

    #[test]
    fn the_document_lowers_cleanly_with_every_operation_in_its_module() {
        let document = document();
        assert_eq!(document, super::document());
        let text = serde_json::to_string(&document).unwrap();
        let spec = codegen::Spec::parse(std::path::Path::new("fullsize.json"), &text).unwrap();
        let lowered = codegen::lower::lower(&spec).unwrap();
        assert!(
            lowered.warnings.is_empty(),
            "{:?}",
            &lowered.warnings[..3.min(lowered.warnings.len())]
        );
        let ops = &lowered.api.operations;
        assert_eq!(ops.len(), OPERATIONS);
        let mut per_tag: BTreeMap<&str, usize> = BTreeMap::new();
        for op in ops {
            let tag = op.tags.first().expect("every operation has a tag");
            assert!(op.id.starts_with(&format!("{tag}_")), "{}", op.id);
            *per_tag.entry(tag.as_str()).or_default() += 1;
        }
        for module in modules() {
            assert_eq!(
                per_tag.get(module.name),
                Some(&module.operations),
                "{}",
                module.name
            );
        }
        let todo = &document["paths"]["/v1.0/todo/labels/{labelId}"];
        assert_eq!(todo["get"]["operationId"], "todo_1_0_GetLabel");
        let examples =
            &todo["delete"]["responses"]["404"]["content"]["application/json"]["examples"];
        assert_eq!(examples["labelNotExist"]["value"]["code"], "labelNotExist");
        assert_eq!(
            examples["labelNotExist"]["summary"],
            "The label does not exist."
        );
    }
}
