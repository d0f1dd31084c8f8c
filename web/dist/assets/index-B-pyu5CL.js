var e,t,n,r,i,a,o,s,c,l,u=Symbol.for(`pv`),d={},f=[],p=/^m(i|n|o|s|text|space)$/,m=Array.isArray,h=f.slice,g=Object.assign;function _(e){e&&e.parentNode&&e.remove()}function v(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:u,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t,this.__g=0}function x(e,t){if(t==null)return e.__&&x(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:x(e)}function S(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=g({constructor:u},r)).__v=r.__v+1,e.vnode&&e.vnode(n),ne(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||x(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,j(a,n,o),r.__=r.__e=null,n.__e!=i&&C(n))}function C(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),C(e)}function w(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(T)}function T(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&S(e)}finally{(i=n.length)&&(r||queueMicrotask)(T)}}function ee(e,t,n,r,i,a,o,s,c,l,u){var p,m,h,g,_,v,y=r.__k||f,b=t.length;for(c=E(n,t,y,c,b),p=0;p<b;p++)(h=n.__k[p])!=null&&(m=~h.__i&&y[h.__i]||d,h.__i=p,v=ne(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&oe(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=D(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function E(e,t,n,r,i){var a,o,s,c,l,d,f,p,h,g=n.length,_=g,b=0,S=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=v(null,o):m(o)?o=C[a]=v(y,{children:o}):o.constructor===u&&o.__b?o=C[a]=v(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+b,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=O(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?b--:l==c+1?b++:l!=c&&(l>c?b--:b++,S=1)):(~l||(i>g?b--:i<g&&b++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(S){for(d=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(b=0,p=d.length;b<p;)d[h=b+p>>1]<o.__i?b=h+1:p=h;d[b]=o.__i,f[a]=b+1}for(b=d.length;a--;)f[a]&&(f[a]==b?b--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=x(s)),se(s,s));return r}function D(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=D(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=x(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function O(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function k(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function A(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||k(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||k(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=te(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function te(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function ne(t,n,r,i,a,o,s,c,l,d){var p,h,v,S,C,w,T,E,D,O,k,A,te,ne,j,oe,M,N,P=n.type;if(n.constructor!==u)return null;128&r.__u&&(l=32&r.__u,p=r.__c.__z)&&(n.__u|=l,h=o=[],p.nodeType==8?c=re(p,o):o.push(p),c=o[0]||c),(p=e.__b)&&p(n);e:if(typeof P==`function`){v=s.length;try{if(E=n.props,D=(p=P.prototype)&&p.render,O=(p=P.contextType)&&i[p.__c],k=p?O?O.props.value:p.__:i,(S=r.__c)?(n.__c=S,2&S.__g&&(S.__g|=1)):(D?n.__c=S=new P(E,k):(n.__c=S=new b(E,k),S.constructor=P,S.render=ce),O&&O.sub(S),S.state||(S.state={}),S.__n=i,S.__g|=8,S.__h=[],S.__k=[]),D&&(S.__s||(S.__s=S.state),P.getDerivedStateFromProps&&(S.__s==S.state&&(S.__s=g({},S.__s)),g(S.__s,P.getDerivedStateFromProps(E,S.__s)))),C=S.props,w=S.state,S.__v=n,r.__c){if(E!==C&&D&&!P.getDerivedStateFromProps&&S.componentWillReceiveProps&&S.componentWillReceiveProps(E,k),n.__v==r.__v&&!(8&S.__g)||!(4&S.__g)&&S.shouldComponentUpdate&&!1===S.shouldComponentUpdate(E,S.__s,k)){n.__v!=r.__v&&(S.props=E,S.state=S.__s,S.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),f.push.apply(S.__h,S.__k),S.__k=[],S.__h.length&&s.push(S),c=x(r);break e}S.componentWillUpdate&&S.componentWillUpdate(E,S.__s,k),D&&S.componentDidUpdate&&S.__h.push(function(){S.componentDidUpdate(C,w,T)})}else D&&!P.getDerivedStateFromProps&&S.componentWillMount&&S.componentWillMount(),D&&S.componentDidMount&&S.__h.push(S.componentDidMount);S.context=k,S.props=E,S.__P=t,S.__g&=-5,A=e.__r,te=D?25:0;do S.__g&=-9,A&&A(n),p=S.render(S.props,S.state=S.__s,S.context);while(8&S.__g&&++te<25);D&&(f.push.apply(S.__h,S.__k),S.__k=[]),S.state=S.__s,S.getChildContext&&(i=g({},i,S.getChildContext())),D&&r.__c&&S.getSnapshotBeforeUpdate&&(T=S.getSnapshotBeforeUpdate(C,w)),ne=p&&p.type===y&&p.key==null?p.props.children:p,E.__P&&(p=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&se(e,e)}),r.__k=null),c=r.__k?x(r,0):null),c=ee(t,m(ne)?ne:[ne],n,r,i,a,o,s,c,l,d),E.__P&&(n.__e=null,c=p),n.__u&=-161,h&&h.some(_),S.__h.length&&s.push(S),1&S.__g&&(S.__g&=-4)}catch(t){if(s.length=v,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(M=o.indexOf(c||void 0))||(M=o.length);(N=o[M-1])&&N.nodeType==8;)M--;for(;M<o.length;M++)if(N=o[M]){if(o[M]=null,j){if(N==oe)break}else{if(N.nodeType!=8)break;N.data.startsWith(`$s`)&&(oe=re(j=N))}}}if(!j){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;j=c}(p=re(j=n.__c.__z||(n.__c.__z=j)))?(n.__e=j,c=p):n.__e=c,c&&=c.nextSibling}else o&&o.some(_)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||ie(n),e.__e(t,n,r)}}else c=n.__e=ae(r.__e,n,r,i,a,o,s,l,d,t);return(p=e.diffed)&&p(n),c}function re(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function ie(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ie))}function j(t,n,r){for(var i=0;i<r.length;)oe(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function ae(t,n,r,i,a,o,s,c,l,u){var f,g,v,y,b,S,C,w,T=r.props||d,E=n.props,D=n.type;if(D==`svg`?a=`http://www.w3.org/2000/svg`:D==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(f=0;f<o.length;f++)if((b=o[f])&&(D?b.localName==D:b.nodeType==3)){t=b,o[f]=null;break}}if(!t){if(w=u.ownerDocument||document,!D)return w.createTextNode(E);t=w.createElementNS(a,D,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(D){if(u=D==`template`&&t.content||t,o=D==`textarea`&&E.defaultValue!=null?null:o&&h.call(u.childNodes),!c&&o)for(T={},f=0;f<t.attributes.length;f++)T[(b=t.attributes[f]).name]=b.value;for(f in T)b=T[f],f==`dangerouslySetInnerHTML`?v=b:f==`children`||f in E||f==`value`&&`defaultValue`in E||f==`checked`&&`defaultChecked`in E||A(t,f,null,b,a);for(f in E)b=E[f],f==`children`?y=b:f==`dangerouslySetInnerHTML`?g=b:f==`value`?S=b:f==`checked`?C=b:c&&typeof b!=`function`||T[f]===b||A(t,f,b,T[f],a);g?(c||v&&(g.__html==v.__html||g.__html==t.innerHTML)||(t.innerHTML=g.__html),n.__k=[]):(v&&(t.textContent=``),(D==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&p.test(D))&&(a=`http://www.w3.org/1999/xhtml`),ee(u,m(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&x(r,0),c,l),o&&o.some(_)),c&&D!=`textarea`||(f=`value`,D==`progress`&&S==null?t.removeAttribute(f):S==null||S===t[f]&&(D!=`progress`||S)||A(t,f,S,T[f],a),f=`checked`,C!=null&&C!=t[f]&&A(t,f,C,T[f],a))}else T===E||c&&t.data==E||(t.data=E);return t}function oe(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function se(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||oe(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&se(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=re(i,o=[]))&&(i==t.__e&&o.some(_),_(a),_(i)),r||_(t.__e),t.__e=t.__c=t.__=null}function ce(e,t,n){return this.constructor(e,n)}function M(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=v(y,{children:[t]}),a=[],o=[],ne(n,n.__k,i||d,d,n.namespaceURI,i?null:n.firstChild?h.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),j(a,n.__k,o),n.__k.props.children=null}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,b.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=g({},this.state)),typeof e==`function`&&(e=e(g({},n),this.props)),e&&(g(n,e),this.__v&&(t&&this.__k.push(t),w(this)))},b.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),w(this))},b.prototype.render=y,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={};var N,P,le,ue,de=Object.is,fe=0,pe=[],me=[],F=e,he=F.__b,ge=F.__r,_e=F.diffed,ve=F.__c,ye=F.unmount,be=F.__;function xe(e,t){F.__h&&F.__h(P,e,fe||t),fe=0;var n=P.__H||(P.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function I(e){return fe=1,Se(Me,e)}function Se(e,t,n){var r=xe(N++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Me(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);de(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=P,!P.__f)){P.__f=!0;var i=P.shouldComponentUpdate;P.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,de(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function L(e,t){var n=xe(N++,3);!F.__s&&je(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,P.__H.__h.push(n))}function Ce(e){return fe=5,we(function(){return{current:e}},[])}function we(e,t){var n=xe(N++,7);return je(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function Te(){var e;do{for(;e=me.shift();)try{ke(e)}catch(t){F.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=pe.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(ke),t.__h.some(Ae),t.__h=[]}catch(n){t.__h=[],F.__e(n,e.__v)}}}while(me.length)}F.__b=function(e){P=null,he&&he(e)},F.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),be&&be(e,t)},F.__r=function(e){ge&&ge(e),N=0;var t=(P=e.__c).__H;t&&(le==P?P.__h=[]:(t.__h.some(ke),t.__h.some(Ae),N=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),le=P},F.diffed=function(e){_e&&_e(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Oe(pe.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),le=P=null},F.__c=function(e,t){t.some(function(e){try{e.__h.some(ke),e.__h=e.__h.filter(function(e){return!e.__||Ae(e)})}catch(t){e.__h=[function(){throw t}]}}),ve&&ve(e,t)},F.unmount=function(e){ye&&ye(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,Oe(me.push(r))}else ke(r)}catch(e){t=e}}),r.__H=void 0,t&&F.__e(t,r.__v))};var Ee=typeof requestAnimationFrame==`function`;function De(e){var t,n=function(){clearTimeout(r),Ee&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Ee&&(t=requestAnimationFrame(n))}function Oe(e){e!=1&&ue==F.requestAnimationFrame||((ue=F.requestAnimationFrame)||De)(Te)}function ke(e){var t=P,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),P=t}function Ae(e){var t=P;e.__c=e.__(),P=t}function je(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!de(t,e[n])})}function Me(e,t){return typeof t==`function`?t(e):t}var R=class extends Error{code;errors;constructor(e,t){super(e),this.code=e,this.errors=t}},Ne=null,Pe=new Set;function Fe(){return Ne}function Ie(e){Ne=e,Pe.forEach(e=>e())}function Le(e){return Pe.add(e),()=>Pe.delete(e)}async function Re(e,t){let n;try{n=await fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`},body:JSON.stringify(t)})}catch{throw new R(`NETWORK`,[])}let r=await n.json().catch(()=>({}));if(r.errors?.length)throw new R(r.errors[0].extensions?.code??`INTERNAL`,r.errors);if(!n.ok||!r.accessToken)throw new R(`INTERNAL`,[]);return{accessToken:r.accessToken,accessTokenExpiresAt:r.accessTokenExpiresAt}}async function ze(e,t){Ie(await Re(`/auth/login`,{email:e,password:t}))}var Be=null;function Ve(){return navigator.locks?navigator.locks.request(`skupaj-refresh`,()=>Re(`/auth/refresh`,{})):Re(`/auth/refresh`,{})}function He(){return Be??=Ve().then(e=>(Ie(e),!0)).catch(()=>(Ie(null),!1)).finally(()=>{Be=null}),Be}async function Ue(){try{await fetch(`/auth/logout`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`},body:`{}`})}finally{Ie(null)}}function We(e,t){Ie({accessToken:e,accessTokenExpiresAt:t})}async function Ge(e,t){let n={"content-type":`application/json`};Ne&&(n.authorization=`Bearer ${Ne.accessToken}`);let r;try{r=await fetch(`/graphql`,{method:`POST`,headers:n,credentials:`omit`,body:JSON.stringify({query:e,variables:t})})}catch{throw new R(`NETWORK`,[])}return r.json().catch(()=>({errors:[{message:``,extensions:{code:`INTERNAL`}}]}))}function Ke(e){return!!e?.some(e=>e.extensions?.code===`UNAUTHENTICATED`)}async function z(e,...[t]){let n=e.toString(),r=await Ge(n,t??{});Ne&&Ke(r.errors)&&await He()&&(r=await Ge(n,t??{}));let i=r.errors??[];if(r.data==null)throw new R(i[0]?.extensions?.code??`INTERNAL`,i);return{data:r.data,errors:i}}function qe(e,...t){return e.some(e=>e.extensions?.code===`FORBIDDEN`&&e.path!==void 0&&t.every((t,n)=>e.path[n]===t))}var B=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Je=new B(`
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}
    `,{fragmentName:`NotificationRow`}),Ye=new B(`
    fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}
    `,{fragmentName:`ReferralRow`}),Xe={"\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      me {\n        user {\n          id\n          displayName\n        }\n        actingRole\n        platformRole\n        actingOrganisation {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":new B(`
    mutation SwitchOrganisation($input: SwitchOrganisationInput!) {
  switchOrganisation(input: $input) {
    accessToken
    accessTokenExpiresAt
    me {
      user {
        id
        displayName
      }
      actingRole
      platformRole
      actingOrganisation {
        id
        name
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
}
    `),"\n  query UnreadCount {\n    unreadNotificationCount\n  }\n":new B(`
    query UnreadCount {
  unreadNotificationCount
}
    `),"\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n    }\n  }\n":new B(`
    subscription NotificationReceived {
  notificationReceived {
    id
    title
  }
}
    `),"\n  query Dashboard {\n    referralStats {\n      total\n      responded\n      medianFirstResponseHours\n      byStatus {\n        status\n        count\n      }\n    }\n    overdue: referralStats(filter: { overdue: true }) {\n      total\n    }\n    referrals(first: 10) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n    }\n  }\n":new B(`
    query Dashboard {
  referralStats {
    total
    responded
    medianFirstResponseHours
    byStatus {
      status
      count
    }
  }
  overdue: referralStats(filter: {overdue: true}) {
    total
  }
  referrals(first: 10) {
    edges {
      node {
        ...ReferralRow
      }
    }
  }
}
    fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`),"\n  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {\n    programmes(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          titleIn(language: $language)\n          municipality\n          placesLeft\n          startsOn\n          childcare\n          interpretation\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new B(`
    query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {
  programmes(filter: $filter, first: 20, after: $after) {
    edges {
      node {
        id
        kind
        titleIn(language: $language)
        municipality
        placesLeft
        startsOn
        childcare
        interpretation
        leadOrganisation {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  query DirectoryOrganisations($after: String) {\n    organisations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          municipality\n          workingLanguages\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new B(`
    query DirectoryOrganisations($after: String) {
  organisations(first: 20, after: $after) {
    edges {
      node {
        id
        kind
        name
        municipality
        workingLanguages
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  query MatchParticipants {\n    participants(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n      }\n    }\n  }\n":new B(`
    query MatchParticipants {
  participants(first: 100) {
    nodes {
      id
      referenceCode
      givenName
    }
  }
}
    `),"\n  query Matches($participantId: ID!, $language: String!) {\n    matchProgrammes(participantId: $participantId, first: 20) {\n      score\n      reasons\n      programme {\n        id\n        kind\n        titleIn(language: $language)\n        municipality\n        placesLeft\n        leadOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n":new B(`
    query Matches($participantId: ID!, $language: String!) {
  matchProgrammes(participantId: $participantId, first: 20) {
    score
    reasons
    programme {
      id
      kind
      titleIn(language: $language)
      municipality
      placesLeft
      leadOrganisation {
        id
        name
      }
    }
  }
}
    `),"\n  mutation Enrol($input: EnrolParticipantInput!) {\n    enrolParticipant(input: $input) {\n      enrolment {\n        id\n        status\n        position\n      }\n    }\n  }\n":new B(`
    mutation Enrol($input: EnrolParticipantInput!) {
  enrolParticipant(input: $input) {
    enrolment {
      id
      status
      position
    }
  }
}
    `),"\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new B(`
    query Notifications($after: String) {
  notifications(first: 20, after: $after) {
    edges {
      node {
        ...NotificationRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}`),"\n  fragment NotificationRow on Notification {\n    id\n    kind\n    subjectId\n    title\n    createdAt\n    readAt\n  }\n":Je,"\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationRow\n    }\n  }\n":new B(`
    query Notification($id: ID!) {
  notification(id: $id) {
    ...NotificationRow
  }
}
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}`),"\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unread\n    }\n  }\n":new B(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    marked
    unread
  }
}
    `),"\n  query ReferralDetail($id: ID!, $language: String!) {\n    referral(id: $id) {\n      id\n      status\n      kind\n      needDomain\n      priority\n      reason\n      respondBy\n      overdue\n      version\n      declineReason\n      outcome\n      participantCode\n      participant {\n        id\n        givenName\n        familyName\n        preferredLanguage\n      }\n      programme {\n        id\n        titleIn(language: $language)\n      }\n      fromOrganisation {\n        id\n        name\n      }\n      toOrganisation {\n        id\n        name\n      }\n      createdAt\n      sentAt\n      firstResponseAt\n      history {\n        at\n        action\n        fromStatus\n        toStatus\n        actorOrganisation {\n          id\n          name\n        }\n        comment\n      }\n    }\n  }\n":new B(`
    query ReferralDetail($id: ID!, $language: String!) {
  referral(id: $id) {
    id
    status
    kind
    needDomain
    priority
    reason
    respondBy
    overdue
    version
    declineReason
    outcome
    participantCode
    participant {
      id
      givenName
      familyName
      preferredLanguage
    }
    programme {
      id
      titleIn(language: $language)
    }
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
    createdAt
    sentAt
    firstResponseAt
    history {
      at
      action
      fromStatus
      toStatus
      actorOrganisation {
        id
        name
      }
      comment
    }
  }
}
    `),"\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new B(`
    mutation AcceptReferral($input: ReferralStepInput!) {
  acceptReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation StartReferral($input: ReferralStepInput!) {\n    startReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new B(`
    mutation StartReferral($input: ReferralStepInput!) {
  startReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation HoldReferral($input: ReferralStepInput!) {\n    holdReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new B(`
    mutation HoldReferral($input: ReferralStepInput!) {
  holdReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation ResumeReferral($input: ReferralStepInput!) {\n    resumeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new B(`
    mutation ResumeReferral($input: ReferralStepInput!) {
  resumeReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new B(`
    mutation DeclineReferral($input: DeclineReferralInput!) {
  declineReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new B(`
    mutation CompleteReferral($input: CompleteReferralInput!) {
  completeReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  fragment ReferralRow on Referral {\n    id\n    status\n    needDomain\n    participantCode\n    respondBy\n    overdue\n    createdAt\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n":Ye,"\n  query Referrals($filter: ReferralFilterInput, $after: String) {\n    referrals(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new B(`
    query Referrals($filter: ReferralFilterInput, $after: String) {
  referrals(filter: $filter, first: 20, after: $after) {
    edges {
      node {
        ...ReferralRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`),"\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      actingRole\n      platformRole\n      actingOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n":new B(`
    query Me {
  me {
    user {
      id
      displayName
    }
    actingRole
    platformRole
    actingOrganisation {
      id
      name
    }
    memberships {
      id
      role
      organisation {
        id
        name
      }
    }
  }
}
    `)};function V(e){return Xe[e]??{}}var Ze=class{constructor(e){this.value=e}valueOf(){return this.value}},H=class extends Ze{constructor(e=`???`){super(e)}toString(e){return`{${this.value}}`}},U=class extends Ze{constructor(e,t={}){super(e),this.opts=t}toString(e){if(e)try{return e.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return this.value.toString(10)}},Qe=class e extends Ze{static supportsValue(t){if(typeof t==`number`||t instanceof Date)return!0;if(t instanceof Ze)return e.supportsValue(t.valueOf());if(`Temporal`in globalThis){let e=globalThis.Temporal;if(t instanceof e.Instant||t instanceof e.PlainDateTime||t instanceof e.PlainDate||t instanceof e.PlainMonthDay||t instanceof e.PlainTime||t instanceof e.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof Ze&&(t=t.valueOf()),typeof t==`object`&&`calendarId`in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](e){return e===`string`?this.toString():this.toNumber()}toNumber(){let e=this.value;if(typeof e==`number`)return e;if(e instanceof Date)return e.getTime();if(`epochMilliseconds`in e)return e.epochMilliseconds;if(`toZonedDateTime`in e)return e.toZonedDateTime(`UTC`).epochMilliseconds;throw TypeError(`Unwrapping a non-number value as a number`)}toString(e){if(e)try{return e.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return typeof this.value==`number`||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}},$e=100,et=`⁨`,tt=`⁩`;function nt(e,t,n){return n===t||n instanceof U&&t instanceof U&&n.value===t.value||t instanceof U&&typeof n==`string`&&n===e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value)}function rt(e,t,n){return t[n]?ft(e,t[n].value):(e.reportError(RangeError(`No default`)),new H)}function it(e,t){let n=[],r=Object.create(null);for(let i of t)i.type===`narg`?r[i.name]=at(e,i.value):n.push(at(e,i));return{positional:n,named:r}}function at(e,t){switch(t.type){case`str`:return t.value;case`num`:return new U(t.value,{minimumFractionDigits:t.precision});case`var`:return ot(e,t);case`mesg`:return st(e,t);case`term`:return ct(e,t);case`func`:return lt(e,t);case`select`:return ut(e,t);default:return new H}}function ot(e,{name:t}){let n;if(e.params){if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new H(`$${t}`)}else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(ReferenceError(`Unknown variable: $${t}`)),new H(`$${t}`);if(n instanceof Ze)return n;switch(typeof n){case`string`:return n;case`number`:return new U(n);case`object`:if(Qe.supportsValue(n))return new Qe(n);default:return e.reportError(TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new H(`$${t}`)}}function st(e,{name:t,attr:n}){let r=e.bundle._messages.get(t);if(!r)return e.reportError(ReferenceError(`Unknown message: ${t}`)),new H(t);if(n){let i=r.attributes[n];return i?ft(e,i):(e.reportError(ReferenceError(`Unknown attribute: ${n}`)),new H(`${t}.${n}`))}return r.value?ft(e,r.value):(e.reportError(ReferenceError(`No value: ${t}`)),new H(t))}function ct(e,{name:t,attr:n,args:r}){let i=`-${t}`,a=e.bundle._terms.get(i);if(!a)return e.reportError(ReferenceError(`Unknown term: ${i}`)),new H(i);if(n){let t=a.attributes[n];if(t){e.params=it(e,r).named;let n=ft(e,t);return e.params=null,n}return e.reportError(ReferenceError(`Unknown attribute: ${n}`)),new H(`${i}.${n}`)}e.params=it(e,r).named;let o=ft(e,a.value);return e.params=null,o}function lt(e,{name:t,args:n}){let r=e.bundle._functions[t];if(!r)return e.reportError(ReferenceError(`Unknown function: ${t}()`)),new H(`${t}()`);if(typeof r!=`function`)return e.reportError(TypeError(`Function ${t}() is not callable`)),new H(`${t}()`);try{let t=it(e,n);return r(t.positional,t.named)}catch(n){return e.reportError(n),new H(`${t}()`)}}function ut(e,{selector:t,variants:n,star:r}){let i=at(e,t);if(i instanceof H)return rt(e,n,r);for(let t of n)if(nt(e,i,at(e,t.key)))return ft(e,t.value);return rt(e,n,r)}function dt(e,t){if(e.dirty.has(t))return e.reportError(RangeError(`Cyclic reference`)),new H;e.dirty.add(t);let n=[],r=e.bundle._useIsolating&&t.length>1;for(let i of t)if(typeof i==`string`)n.push(e.bundle._transform(i));else{if(e.placeables++,e.placeables>$e)throw e.dirty.delete(t),RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${$e}`);r&&n.push(et),n.push(at(e,i).toString(e)),r&&n.push(tt)}return e.dirty.delete(t),n.join(``)}function ft(e,t){return typeof t==`string`?e.bundle._transform(t):dt(e,t)}var pt=class{constructor(e,t,n){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=e,this.errors=t,this.args=n}reportError(e){if(!this.errors||!(e instanceof Error))throw e;this.errors.push(e)}memoizeIntlObject(e,t){let n=this.bundle._intls.get(e);n||(n={},this.bundle._intls.set(e,n));let r=JSON.stringify(t);return n[r]||(n[r]=new e(this.bundle.locales,t)),n[r]}};function mt(e,t){let n=Object.create(null);for(let[r,i]of Object.entries(e))t.includes(r)&&(n[r]=i.valueOf());return n}var ht=[`unitDisplay`,`currencyDisplay`,`useGrouping`,`minimumIntegerDigits`,`minimumFractionDigits`,`maximumFractionDigits`,`minimumSignificantDigits`,`maximumSignificantDigits`];function gt(e,t){let n=e[0];if(n instanceof H)return new H(`NUMBER(${n.valueOf()})`);if(n instanceof U)return new U(n.valueOf(),{...n.opts,...mt(t,ht)});if(n instanceof Qe)return new U(n.toNumber(),{...mt(t,ht)});throw TypeError(`Invalid argument to NUMBER`)}var _t=[`dateStyle`,`timeStyle`,`fractionalSecondDigits`,`dayPeriod`,`hour12`,`weekday`,`era`,`year`,`month`,`day`,`hour`,`minute`,`second`,`timeZoneName`];function vt(e,t){let n=e[0];if(n instanceof H)return new H(`DATETIME(${n.valueOf()})`);if(n instanceof Qe||n instanceof U)return new Qe(n,mt(t,_t));throw TypeError(`Invalid argument to DATETIME`)}var yt=new Map;function bt(e){let t=Array.isArray(e)?e.join(` `):e,n=yt.get(t);return n===void 0&&(n=new Map,yt.set(t,n)),n}var xt=class{constructor(e,{functions:t,useIsolating:n=!0,transform:r=e=>e}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(e)?e:[e],this._functions={NUMBER:gt,DATETIME:vt,...t},this._useIsolating=n,this._transform=r,this._intls=bt(e)}hasMessage(e){return this._messages.has(e)}getMessage(e){return this._messages.get(e)}addResource(e,{allowOverrides:t=!1}={}){let n=[];for(let r=0;r<e.body.length;r++){let i=e.body[r];if(i.id.startsWith(`-`)){if(t===!1&&this._terms.has(i.id)){n.push(Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(t===!1&&this._messages.has(i.id)){n.push(Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return n}formatPattern(e,t=null,n=null){if(typeof e==`string`)return this._transform(e);let r=new pt(this,n,t);try{return dt(r,e).toString(r)}catch(e){if(r.errors&&e instanceof Error)return r.errors.push(e),new H().toString(r);throw e}}},St=/^(-?[a-zA-Z][\w-]*) *= */gm,Ct=/\.([a-zA-Z][\w-]*) *= */y,wt=/\*?\[/y,Tt=/(-?[0-9]+(?:\.([0-9]+))?)/y,Et=/([a-zA-Z][\w-]*)/y,Dt=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Ot=/^[A-Z][A-Z0-9_-]*$/,kt=/([^{}\n\r]+)/y,At=/([^\\"\n\r]*)/y,jt=/\\([\\"])/y,Mt=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Nt=/^\n+/,Pt=/ +$/,Ft=/ *\r?\n/g,It=/( *)$/,Lt=/{\s*/y,Rt=/\s*}/y,zt=/\[\s*/y,Bt=/\s*] */y,Vt=/\s*\(\s*/y,Ht=/\s*->\s*/y,Ut=/\s*:\s*/y,Wt=/\s*,?\s*/y,Gt=/\s+/y,Kt=class{constructor(e){this.body=[],St.lastIndex=0;let t=0;for(;;){let n=St.exec(e);if(n===null)break;t=St.lastIndex;try{this.body.push(s(n[1]))}catch(e){if(e instanceof SyntaxError)continue;throw e}}function n(n){return n.lastIndex=t,n.test(e)}function r(n,r){if(e[t]===n)return t++,!0;if(r)throw new r(`Expected ${n}`);return!1}function i(e,r){if(n(e))return t=e.lastIndex,!0;if(r)throw new r(`Expected ${e.toString()}`);return!1}function a(n){n.lastIndex=t;let r=n.exec(e);if(r===null)throw SyntaxError(`Expected ${n.toString()}`);return t=n.lastIndex,r}function o(e){return a(e)[1]}function s(e){let t=l(),n=c();if(t===null&&Object.keys(n).length===0)throw SyntaxError(`Expected message value or attributes`);return{id:e,value:t,attributes:n}}function c(){let e=Object.create(null);for(;n(Ct);){let t=o(Ct),n=l();if(n===null)throw SyntaxError(`Expected attribute value`);e[t]=n}return e}function l(){let r;if(n(kt)&&(r=o(kt)),e[t]===`{`||e[t]===`}`)return u(r?[r]:[],1/0);let i=x();return i?r?u([r,i],i.length):(i.value=S(i.value,Nt),u([i],i.length)):r?S(r,Pt):null}function u(r=[],i){for(;;){if(n(kt)){r.push(o(kt));continue}if(e[t]===`{`){r.push(d());continue}if(e[t]===`}`)throw SyntaxError(`Unbalanced closing brace`);let a=x();if(a)r.push(a),i=Math.min(i,a.length);else break}let a=r.length-1,s=r[a];typeof s==`string`&&(r[a]=S(s,Pt));let c=[];for(let e of r)e instanceof qt&&(e=e.value.slice(0,e.value.length-i)),e&&c.push(e);return c}function d(){i(Lt,SyntaxError);let e=f();if(i(Rt))return e;if(i(Ht)){let t=h();return i(Rt,SyntaxError),{type:`select`,selector:e,...t}}throw SyntaxError(`Unclosed placeable`)}function f(){if(e[t]===`{`)return d();if(n(Dt)){let[,e,t,n=null]=a(Dt);if(e===`$`)return{type:`var`,name:t};if(i(Vt)){let r=p();if(e===`-`)return{type:`term`,name:t,attr:n,args:r};if(Ot.test(t))return{type:`func`,name:t,args:r};throw SyntaxError(`Function names must be all upper-case`)}return e===`-`?{type:`term`,name:t,attr:n,args:[]}:{type:`mesg`,name:t,attr:n}}return _()}function p(){let n=[];for(;;){switch(e[t]){case`)`:return t++,n;case void 0:throw SyntaxError(`Unclosed argument list`)}n.push(m()),i(Wt)}}function m(){let e=f();return e.type===`mesg`&&i(Ut)?{type:`narg`,name:e.name,value:_()}:e}function h(){let e=[],t=0,i;for(;n(wt);){r(`*`)&&(i=t);let n=g(),a=l();if(a===null)throw SyntaxError(`Expected variant value`);e[t++]={key:n,value:a}}if(t===0)return null;if(i===void 0)throw SyntaxError(`Expected default variant`);return{variants:e,star:i}}function g(){i(zt,SyntaxError);let e;return e=n(Tt)?v():{type:`str`,value:o(Et)},i(Bt,SyntaxError),e}function _(){if(n(Tt))return v();if(e[t]===`"`)return y();throw SyntaxError(`Invalid expression`)}function v(){let[,e,t=``]=a(Tt),n=t.length;return{type:`num`,value:parseFloat(e),precision:n}}function y(){r(`"`,SyntaxError);let n=``;for(;;)if(n+=o(At),e[t]===`\\`)n+=b();else{if(r(`"`))return{type:`str`,value:n};throw SyntaxError(`Unclosed string literal`)}}function b(){if(n(jt))return o(jt);if(n(Mt)){let[,e,t]=a(Mt),n=parseInt(e||t,16);return n<=55295||57344<=n?String.fromCodePoint(n):`�`}throw SyntaxError(`Unknown escape sequence`)}function x(){let n=t;switch(i(Gt),e[t]){case`.`:case`[`:case`*`:case`}`:case void 0:return!1;case`{`:return C(e.slice(n,t))}return e[t-1]===` `&&C(e.slice(n,t))}function S(e,t){return e.replace(t,``)}function C(e){return new qt(e.replace(Ft,`
`),It.exec(e)[1].length)}}},qt=class{constructor(e,t){this.value=e,this.length=t}},Jt=`skip-to-content = Skip to content
nav-label = Main
nav-dashboard = Dashboard
nav-referrals = Referrals
nav-incoming = Incoming
nav-matches = Matches
nav-directory = Directory
nav-notifications = Notifications
language = Language
organisation = Organisation
sign-in = Sign in
sign-in-title = Sign in to Skupaj
sign-in-failed = The e-mail or the password is not right.
sign-out = Sign out
email = E-mail
password = Password
loading = Loading…
not-shared = Not shared with your organisation
not-found-title = Page not found
nothing-found = Nothing found.
any = Any
filters = Filters
action-filter = Apply filters
action-more = Show more
action-search = Search
action-reload = Reload
action-accept = Accept
action-decline = Decline
action-start = Start
action-hold = Put on hold
action-resume = Resume
action-complete = Complete
action-enrol = Enrol
action-show-matches = Show matches
action-mark-all-read = Mark all as read
action-done = Done: { $action }.
directory-title = Programmes and organisations
directory-intro = Programmes open to migrants and the organisations that run them: coworking and collaborative spaces, municipalities, NGOs and labour agencies.
programmes = Programmes
organisations = Organisations
search-programmes = Search programmes
places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
starts-on = starts { $date }
childcare = childcare
interpretation = interpretation
dashboard-title = Dashboard
referrals-total = Referrals
referrals-overdue = Overdue
referrals-responded = Responded
median-first-response = Median time to first response
hours = { $hours } h
by-status = By status
latest-referrals = Latest referrals
all-referrals = All referrals
referrals-title = Referrals
incoming-title = Incoming referrals
referral-title = Referral
participant = Participant
participant-code = Participant code
status = Status
count = Count
need = Need
from = From
to = To
respond-by = Respond by
overdue = overdue
overdue-only = Overdue only
direction = Direction
incoming = Incoming
outgoing = Outgoing
municipality = Municipality
created-from = Created from
created-to = Created until
priority = Priority
reason = Reason
programme = Programme
decline-reason = Reason for declining
outcome = Outcome
comment = Comment
actions = Actions
history = History
when = When
what = What
by = By
notifications-title = Notifications
unread = unread
unread-count = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
open-referral = Open the referral
all-notifications = All notifications
matches-title = Programme matches
score = Score { $score }
waitlisted = On the waiting list, position { $position }
error-UNAUTHENTICATED = Please sign in again.
error-FORBIDDEN = This is not shared with your organisation.
error-NOT_FOUND = Not found, or not shared with you.
error-VALIDATION = Some of the input is not valid. Please check it.
error-CONSENT_REQUIRED = The participant has not given consent for this.
error-INVALID_TRANSITION = This step is not possible in the current status.
error-CONFLICT = Someone else changed this in the meantime. Reload to see the latest version.
error-CAPACITY = There are no places left.
error-RATE_LIMITED = Too many attempts. Please wait a few minutes.
error-INTERNAL = Something went wrong on the server. Please try again.
error-NETWORK = The server cannot be reached. Check the connection.
status-DRAFT = Draft
status-SENT = Sent
status-ACCEPTED = Accepted
status-IN_PROGRESS = In progress
status-ON_HOLD = On hold
status-COMPLETED = Completed
status-DECLINED = Declined
status-EXPIRED = Expired
status-REDIRECTED = Redirected
status-CANCELLED = Cancelled
need-EMPLOYMENT = Employment
need-EDUCATION = Education
need-LANGUAGE = Language
need-HOUSING = Housing
need-LEGAL = Legal
need-HEALTH = Health
need-SOCIAL = Social
need-MENTORSHIP = Mentorship
need-CHILDCARE = Childcare
priority-LOW = Low
priority-NORMAL = Normal
priority-HIGH = High
priority-URGENT = Urgent
decline-NO_CAPACITY = No capacity
decline-NOT_ELIGIBLE = Not eligible
decline-OUT_OF_AREA = Out of area
decline-PARTICIPANT_DECLINED = Participant declined
decline-OTHER = Other
outcome-SERVICE_PROVIDED = Service provided
outcome-ENROLLED = Enrolled
outcome-EMPLOYED = Employed
outcome-PARTICIPANT_WITHDREW = Participant withdrew
outcome-UNREACHABLE = Unreachable
outcome-OTHER = Other
enrolment-WAITLISTED = Waiting list
enrolment-ENROLLED = Enrolled
enrolment-COMPLETED = Completed
enrolment-WITHDRAWN = Withdrawn
enrolment-DROPPED_OUT = Dropped out
role-ORG_ADMIN = administrator
role-CASE_MANAGER = case manager
role-STAFF = staff
role-MENTOR = mentor
role-MEDIATOR = mediator
role-ANALYST = analyst
referral-action-CREATE = Created
referral-action-SEND = Sent
referral-action-ACCEPT = Accepted
referral-action-DECLINE = Declined
referral-action-START = Started
referral-action-HOLD = Put on hold
referral-action-RESUME = Resumed
referral-action-COMPLETE = Completed
referral-action-REDIRECT = Redirected
referral-action-CANCEL = Cancelled
referral-action-REOPEN = Reopened
referral-action-EXPIRE = Expired
notification-kind-REFERRAL_RECEIVED = Referral received
notification-kind-REFERRAL_ACCEPTED = Referral accepted
notification-kind-REFERRAL_DECLINED = Referral declined
notification-kind-REFERRAL_REDIRECTED = Referral redirected
notification-kind-REFERRAL_OVERDUE = Referral overdue
notification-kind-ENROLMENT_CONFIRMED = Enrolment confirmed
notification-kind-PROMOTED_FROM_WAITLIST = Place from the waiting list
notification-kind-SESSION_REMINDER = Session reminder
notification-kind-MEDIATION_REQUESTED = Mediation requested
notification-kind-CONSENT_EXPIRING = Consent expiring
notification-kind-FOLLOW_UP_DUE = Follow-up due
programme-kind-MENTORSHIP = Mentorship
programme-kind-VOCATIONAL_TRAINING = Vocational training
programme-kind-LANGUAGE_COURSE = Language course
programme-kind-ENTREPRENEURSHIP = Entrepreneurship
programme-kind-MAKER_WORKSHOP = Maker workshop
programme-kind-CULTURAL_ORIENTATION = Cultural orientation
programme-kind-NETWORKING_EVENT = Networking event
programme-kind-INTEGRATION_COURSE = Integration course
programme-kind-INTERNSHIP = Internship
programme-kind-CERTIFICATION = Certification
organisation-kind-CWCS = Coworking or collaborative space
organisation-kind-MUNICIPALITY = Municipality
organisation-kind-NGO = NGO
organisation-kind-LABOUR_AGENCY = Labour agency
organisation-kind-EDUCATION = Education
organisation-kind-COMPANY = Company
organisation-kind-COMMUNITY_ASSOCIATION = Community association
organisation-kind-SOCIAL_WORK_CENTRE = Social work centre
organisation-kind-HEALTH_CENTRE = Health centre
organisation-kind-YOUTH_CENTRE = Youth centre
organisation-kind-HOUSING_INITIATIVE = Housing initiative
organisation-kind-TRADE_UNION = Trade union
organisation-kind-OTHER = Other
`,Yt=`skip-to-content = Skoči na vsebino
nav-label = Glavni meni
nav-dashboard = Pregled
nav-referrals = Napotitve
nav-incoming = Prejete
nav-matches = Ujemanja
nav-directory = Imenik
nav-notifications = Obvestila
language = Jezik
organisation = Organizacija
sign-in = Prijava
sign-in-title = Prijava v Skupaj
sign-in-failed = E-pošta ali geslo ni pravilno.
sign-out = Odjava
email = E-pošta
password = Geslo
loading = Nalaganje …
not-shared = Ni deljeno z vašo organizacijo
not-found-title = Strani ni mogoče najti
nothing-found = Ni zadetkov.
any = Vse
filters = Filtri
action-filter = Uporabi filtre
action-more = Pokaži več
action-search = Išči
action-reload = Ponovno naloži
action-accept = Sprejmi
action-decline = Zavrni
action-start = Začni
action-hold = Zadrži
action-resume = Nadaljuj
action-complete = Zaključi
action-enrol = Vpiši
action-show-matches = Pokaži ujemanja
action-mark-all-read = Označi vse kot prebrano
action-done = Opravljeno: { $action }.
directory-title = Programi in organizacije
directory-intro = Programi, odprti za migrante, in organizacije, ki jih izvajajo: coworking in sodelovalni prostori, občine, nevladne organizacije in zavodi za zaposlovanje.
programmes = Programi
organisations = Organizacije
search-programmes = Iskanje programov
places-left = { $count ->
    [one] še { $count } prosto mesto
    [two] še { $count } prosti mesti
    [few] še { $count } prosta mesta
   *[other] še { $count } prostih mest
}
starts-on = začetek { $date }
childcare = varstvo otrok
interpretation = tolmačenje
dashboard-title = Pregled
referrals-total = Napotitve
referrals-overdue = Zamujene
referrals-responded = Odgovorjene
median-first-response = Mediana časa do prvega odziva
hours = { $hours } h
by-status = Po stanju
latest-referrals = Zadnje napotitve
all-referrals = Vse napotitve
referrals-title = Napotitve
incoming-title = Prejete napotitve
referral-title = Napotitev
participant = Udeleženec
participant-code = Šifra udeleženca
status = Stanje
count = Število
need = Potreba
from = Od
to = Za
respond-by = Odgovor do
overdue = zamuja
overdue-only = Samo zamujene
direction = Smer
incoming = Prejete
outgoing = Poslane
municipality = Občina
created-from = Ustvarjene od
created-to = Ustvarjene do
priority = Prednost
reason = Razlog
programme = Program
decline-reason = Razlog zavrnitve
outcome = Izid
comment = Komentar
actions = Dejanja
history = Zgodovina
when = Kdaj
what = Kaj
by = Kdo
notifications-title = Obvestila
unread = neprebrano
unread-count = Neprebrana obvestila: { $count }
open-referral = Odpri napotitev
all-notifications = Vsa obvestila
matches-title = Ujemanja s programi
score = Ocena { $score }
waitlisted = Na čakalnem seznamu, mesto { $position }
error-UNAUTHENTICATED = Prosimo, ponovno se prijavite.
error-FORBIDDEN = To ni deljeno z vašo organizacijo.
error-NOT_FOUND = Ni najdeno ali ni deljeno z vami.
error-VALIDATION = Nekateri podatki niso veljavni. Preverite jih.
error-CONSENT_REQUIRED = Udeleženec za to ni dal privolitve.
error-INVALID_TRANSITION = Ta korak v trenutnem stanju ni mogoč.
error-CONFLICT = Nekdo drug je to medtem spremenil. Ponovno naložite za najnovejšo različico.
error-CAPACITY = Prostih mest ni več.
error-RATE_LIMITED = Preveč poskusov. Počakajte nekaj minut.
error-INTERNAL = Na strežniku je prišlo do napake. Poskusite znova.
error-NETWORK = Strežnik ni dosegljiv. Preverite povezavo.
status-DRAFT = Osnutek
status-SENT = Poslana
status-ACCEPTED = Sprejeta
status-IN_PROGRESS = V teku
status-ON_HOLD = Zadržana
status-COMPLETED = Zaključena
status-DECLINED = Zavrnjena
status-EXPIRED = Potekla
status-REDIRECTED = Preusmerjena
status-CANCELLED = Preklicana
need-EMPLOYMENT = Zaposlitev
need-EDUCATION = Izobraževanje
need-LANGUAGE = Jezik
need-HOUSING = Stanovanje
need-LEGAL = Pravna pomoč
need-HEALTH = Zdravje
need-SOCIAL = Socialna pomoč
need-MENTORSHIP = Mentorstvo
need-CHILDCARE = Varstvo otrok
priority-LOW = Nizka
priority-NORMAL = Običajna
priority-HIGH = Visoka
priority-URGENT = Nujna
decline-NO_CAPACITY = Ni zmogljivosti
decline-NOT_ELIGIBLE = Ne izpolnjuje pogojev
decline-OUT_OF_AREA = Izven območja
decline-PARTICIPANT_DECLINED = Udeleženec je odklonil
decline-OTHER = Drugo
outcome-SERVICE_PROVIDED = Storitev izvedena
outcome-ENROLLED = Vpisan
outcome-EMPLOYED = Zaposlen
outcome-PARTICIPANT_WITHDREW = Udeleženec je odstopil
outcome-UNREACHABLE = Nedosegljiv
outcome-OTHER = Drugo
enrolment-WAITLISTED = Čakalni seznam
enrolment-ENROLLED = Vpisan
enrolment-COMPLETED = Zaključil
enrolment-WITHDRAWN = Izpisan
enrolment-DROPPED_OUT = Opustil
role-ORG_ADMIN = skrbnik
role-CASE_MANAGER = vodja primera
role-STAFF = osebje
role-MENTOR = mentor
role-MEDIATOR = mediator
role-ANALYST = analitik
referral-action-CREATE = Ustvarjena
referral-action-SEND = Poslana
referral-action-ACCEPT = Sprejeta
referral-action-DECLINE = Zavrnjena
referral-action-START = Začeta
referral-action-HOLD = Zadržana
referral-action-RESUME = Nadaljevana
referral-action-COMPLETE = Zaključena
referral-action-REDIRECT = Preusmerjena
referral-action-CANCEL = Preklicana
referral-action-REOPEN = Ponovno odprta
referral-action-EXPIRE = Potekla
notification-kind-REFERRAL_RECEIVED = Prejeta napotitev
notification-kind-REFERRAL_ACCEPTED = Napotitev sprejeta
notification-kind-REFERRAL_DECLINED = Napotitev zavrnjena
notification-kind-REFERRAL_REDIRECTED = Napotitev preusmerjena
notification-kind-REFERRAL_OVERDUE = Napotitev zamuja
notification-kind-ENROLMENT_CONFIRMED = Vpis potrjen
notification-kind-PROMOTED_FROM_WAITLIST = Mesto s čakalnega seznama
notification-kind-SESSION_REMINDER = Opomnik za srečanje
notification-kind-MEDIATION_REQUESTED = Prošnja za mediacijo
notification-kind-CONSENT_EXPIRING = Privolitev poteka
notification-kind-FOLLOW_UP_DUE = Čas za spremljanje
programme-kind-MENTORSHIP = Mentorstvo
programme-kind-VOCATIONAL_TRAINING = Poklicno usposabljanje
programme-kind-LANGUAGE_COURSE = Jezikovni tečaj
programme-kind-ENTREPRENEURSHIP = Podjetništvo
programme-kind-MAKER_WORKSHOP = Izdelovalna delavnica
programme-kind-CULTURAL_ORIENTATION = Kulturna orientacija
programme-kind-NETWORKING_EVENT = Mreženje
programme-kind-INTEGRATION_COURSE = Tečaj vključevanja
programme-kind-INTERNSHIP = Praksa
programme-kind-CERTIFICATION = Certificiranje
organisation-kind-CWCS = Coworking ali sodelovalni prostor
organisation-kind-MUNICIPALITY = Občina
organisation-kind-NGO = Nevladna organizacija
organisation-kind-LABOUR_AGENCY = Zavod za zaposlovanje
organisation-kind-EDUCATION = Izobraževanje
organisation-kind-COMPANY = Podjetje
organisation-kind-COMMUNITY_ASSOCIATION = Skupnostno društvo
organisation-kind-SOCIAL_WORK_CENTRE = Center za socialno delo
organisation-kind-HEALTH_CENTRE = Zdravstveni dom
organisation-kind-YOUTH_CENTRE = Mladinski center
organisation-kind-HOUSING_INITIATIVE = Stanovanjska pobuda
organisation-kind-TRADE_UNION = Sindikat
organisation-kind-OTHER = Drugo
`,Xt=`skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-dashboard = Огляд
nav-referrals = Направлення
nav-incoming = Вхідні
nav-matches = Збіги
nav-directory = Довідник
nav-notifications = Сповіщення
language = Мова
organisation = Організація
sign-in = Увійти
sign-in-title = Вхід до Skupaj
sign-in-failed = Електронна пошта або пароль неправильні.
sign-out = Вийти
email = Електронна пошта
password = Пароль
loading = Завантаження…
not-shared = Не надано вашій організації
not-found-title = Сторінку не знайдено
nothing-found = Нічого не знайдено.
any = Будь-який
filters = Фільтри
action-filter = Застосувати фільтри
action-more = Показати більше
action-search = Шукати
action-reload = Оновити
action-accept = Прийняти
action-decline = Відхилити
action-start = Розпочати
action-hold = Призупинити
action-resume = Відновити
action-complete = Завершити
action-enrol = Записати
action-show-matches = Показати збіги
action-mark-all-read = Позначити всі як прочитані
action-done = Виконано: { $action }.
directory-title = Програми та організації
directory-intro = Програми, відкриті для мігрантів, і організації, що їх проводять: коворкінги та простори співпраці, муніципалітети, громадські організації та служби зайнятості.
programmes = Програми
organisations = Організації
search-programmes = Пошук програм
places-left = { $count ->
    [one] залишилося { $count } місце
    [few] залишилося { $count } місця
   *[other] залишилося { $count } місць
}
starts-on = початок { $date }
childcare = догляд за дітьми
interpretation = усний переклад
dashboard-title = Огляд
referrals-total = Направлення
referrals-overdue = Прострочені
referrals-responded = З відповіддю
median-first-response = Медіана часу до першої відповіді
hours = { $hours } год
by-status = За статусом
latest-referrals = Останні направлення
all-referrals = Усі направлення
referrals-title = Направлення
incoming-title = Вхідні направлення
referral-title = Направлення
participant = Учасник
participant-code = Код учасника
status = Статус
count = Кількість
need = Потреба
from = Від
to = Кому
respond-by = Відповісти до
overdue = прострочено
overdue-only = Лише прострочені
direction = Напрямок
incoming = Вхідні
outgoing = Вихідні
municipality = Муніципалітет
created-from = Створено від
created-to = Створено до
priority = Пріоритет
reason = Причина
programme = Програма
decline-reason = Причина відмови
outcome = Результат
comment = Коментар
actions = Дії
history = Історія
when = Коли
what = Що
by = Хто
notifications-title = Сповіщення
unread = непрочитане
unread-count = Непрочитаних сповіщень: { $count }
open-referral = Відкрити направлення
all-notifications = Усі сповіщення
matches-title = Відповідні програми
score = Оцінка { $score }
waitlisted = У списку очікування, місце { $position }
error-UNAUTHENTICATED = Будь ласка, увійдіть знову.
error-FORBIDDEN = Це не надано вашій організації.
error-NOT_FOUND = Не знайдено або не надано вам.
error-VALIDATION = Деякі дані недійсні. Перевірте їх.
error-CONSENT_REQUIRED = Учасник не дав на це згоди.
error-INVALID_TRANSITION = Цей крок неможливий у поточному статусі.
error-CONFLICT = Хтось інший тим часом це змінив. Оновіть, щоб побачити останню версію.
error-CAPACITY = Вільних місць немає.
error-RATE_LIMITED = Забагато спроб. Зачекайте кілька хвилин.
error-INTERNAL = На сервері сталася помилка. Спробуйте ще раз.
error-NETWORK = Сервер недоступний. Перевірте з'єднання.
status-DRAFT = Чернетка
status-SENT = Надіслано
status-ACCEPTED = Прийнято
status-IN_PROGRESS = Виконується
status-ON_HOLD = Призупинено
status-COMPLETED = Завершено
status-DECLINED = Відхилено
status-EXPIRED = Термін минув
status-REDIRECTED = Переспрямовано
status-CANCELLED = Скасовано
need-EMPLOYMENT = Працевлаштування
need-EDUCATION = Освіта
need-LANGUAGE = Мова
need-HOUSING = Житло
need-LEGAL = Правова допомога
need-HEALTH = Здоров'я
need-SOCIAL = Соціальна допомога
need-MENTORSHIP = Наставництво
need-CHILDCARE = Догляд за дітьми
priority-LOW = Низький
priority-NORMAL = Звичайний
priority-HIGH = Високий
priority-URGENT = Терміновий
decline-NO_CAPACITY = Немає місць
decline-NOT_ELIGIBLE = Не відповідає умовам
decline-OUT_OF_AREA = Поза зоною обслуговування
decline-PARTICIPANT_DECLINED = Учасник відмовився
decline-OTHER = Інше
outcome-SERVICE_PROVIDED = Послугу надано
outcome-ENROLLED = Зараховано
outcome-EMPLOYED = Працевлаштовано
outcome-PARTICIPANT_WITHDREW = Учасник вибув
outcome-UNREACHABLE = Не вдалося зв'язатися
outcome-OTHER = Інше
enrolment-WAITLISTED = Список очікування
enrolment-ENROLLED = Зараховано
enrolment-COMPLETED = Завершено
enrolment-WITHDRAWN = Відкликано
enrolment-DROPPED_OUT = Вибув
role-ORG_ADMIN = адміністратор
role-CASE_MANAGER = кейс-менеджер
role-STAFF = працівник
role-MENTOR = наставник
role-MEDIATOR = медіатор
role-ANALYST = аналітик
referral-action-CREATE = Створено
referral-action-SEND = Надіслано
referral-action-ACCEPT = Прийнято
referral-action-DECLINE = Відхилено
referral-action-START = Розпочато
referral-action-HOLD = Призупинено
referral-action-RESUME = Відновлено
referral-action-COMPLETE = Завершено
referral-action-REDIRECT = Переспрямовано
referral-action-CANCEL = Скасовано
referral-action-REOPEN = Відкрито знову
referral-action-EXPIRE = Термін минув
notification-kind-REFERRAL_RECEIVED = Отримано направлення
notification-kind-REFERRAL_ACCEPTED = Направлення прийнято
notification-kind-REFERRAL_DECLINED = Направлення відхилено
notification-kind-REFERRAL_REDIRECTED = Направлення переспрямовано
notification-kind-REFERRAL_OVERDUE = Направлення прострочено
notification-kind-ENROLMENT_CONFIRMED = Запис підтверджено
notification-kind-PROMOTED_FROM_WAITLIST = Місце зі списку очікування
notification-kind-SESSION_REMINDER = Нагадування про заняття
notification-kind-MEDIATION_REQUESTED = Запит на медіацію
notification-kind-CONSENT_EXPIRING = Згода спливає
notification-kind-FOLLOW_UP_DUE = Час для подальшого контакту
programme-kind-MENTORSHIP = Наставництво
programme-kind-VOCATIONAL_TRAINING = Професійне навчання
programme-kind-LANGUAGE_COURSE = Мовний курс
programme-kind-ENTREPRENEURSHIP = Підприємництво
programme-kind-MAKER_WORKSHOP = Майстерня
programme-kind-CULTURAL_ORIENTATION = Культурна орієнтація
programme-kind-NETWORKING_EVENT = Нетворкінг
programme-kind-INTEGRATION_COURSE = Курс інтеграції
programme-kind-INTERNSHIP = Стажування
programme-kind-CERTIFICATION = Сертифікація
organisation-kind-CWCS = Коворкінг або простір співпраці
organisation-kind-MUNICIPALITY = Муніципалітет
organisation-kind-NGO = Громадська організація
organisation-kind-LABOUR_AGENCY = Служба зайнятості
organisation-kind-EDUCATION = Освіта
organisation-kind-COMPANY = Компанія
organisation-kind-COMMUNITY_ASSOCIATION = Громадське об'єднання
organisation-kind-SOCIAL_WORK_CENTRE = Центр соціальної роботи
organisation-kind-HEALTH_CENTRE = Медичний центр
organisation-kind-YOUTH_CENTRE = Молодіжний центр
organisation-kind-HOUSING_INITIATIVE = Житлова ініціатива
organisation-kind-TRADE_UNION = Профспілка
organisation-kind-OTHER = Інше
`,Zt=`skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-dashboard = لوحة المتابعة
nav-referrals = الإحالات
nav-incoming = الواردة
nav-matches = المطابقات
nav-directory = الدليل
nav-notifications = الإشعارات
language = اللغة
organisation = المنظمة
sign-in = تسجيل الدخول
sign-in-title = تسجيل الدخول إلى Skupaj
sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-out = تسجيل الخروج
email = البريد الإلكتروني
password = كلمة المرور
loading = جارٍ التحميل…
not-shared = غير مُشارَك مع منظمتك
not-found-title = الصفحة غير موجودة
nothing-found = لا توجد نتائج.
any = الكل
filters = عوامل التصفية
action-filter = تطبيق التصفية
action-more = عرض المزيد
action-search = بحث
action-reload = إعادة التحميل
action-accept = قبول
action-decline = رفض
action-start = بدء
action-hold = تعليق
action-resume = استئناف
action-complete = إكمال
action-enrol = تسجيل
action-show-matches = عرض المطابقات
action-mark-all-read = تعليم الكل كمقروء
action-done = تم: { $action }.
directory-title = البرامج والمنظمات
directory-intro = برامج مفتوحة للمهاجرين والمنظمات التي تديرها: مساحات العمل المشترك والتعاون، والبلديات، والمنظمات غير الحكومية، ووكالات التوظيف.
programmes = البرامج
organisations = المنظمات
search-programmes = البحث في البرامج
places-left = { $count ->
    [zero] لا أماكن متبقية
    [one] مكان واحد متبقٍ
    [two] مكانان متبقيان
    [few] { $count } أماكن متبقية
   *[other] { $count } مكانًا متبقيًا
}
starts-on = يبدأ في { $date }
childcare = رعاية الأطفال
interpretation = ترجمة شفوية
dashboard-title = لوحة المتابعة
referrals-total = الإحالات
referrals-overdue = متأخرة
referrals-responded = تم الرد عليها
median-first-response = الوسيط الزمني لأول رد
hours = { $hours } ساعة
by-status = حسب الحالة
latest-referrals = أحدث الإحالات
all-referrals = جميع الإحالات
referrals-title = الإحالات
incoming-title = الإحالات الواردة
referral-title = إحالة
participant = المشارك
participant-code = رمز المشارك
status = الحالة
count = العدد
need = الحاجة
from = من
to = إلى
respond-by = الرد قبل
overdue = متأخرة
overdue-only = المتأخرة فقط
direction = الاتجاه
incoming = الواردة
outgoing = الصادرة
municipality = البلدية
created-from = أُنشئت من
created-to = أُنشئت حتى
priority = الأولوية
reason = السبب
programme = البرنامج
decline-reason = سبب الرفض
outcome = النتيجة
comment = تعليق
actions = الإجراءات
history = السجل
when = متى
what = ماذا
by = بواسطة
notifications-title = الإشعارات
unread = غير مقروء
unread-count = الإشعارات غير المقروءة: { $count }
open-referral = فتح الإحالة
all-notifications = جميع الإشعارات
matches-title = البرامج المطابقة
score = الدرجة { $score }
waitlisted = في قائمة الانتظار، الترتيب { $position }
error-UNAUTHENTICATED = يرجى تسجيل الدخول مرة أخرى.
error-FORBIDDEN = هذا غير مُشارَك مع منظمتك.
error-NOT_FOUND = غير موجود أو غير مُشارَك معك.
error-VALIDATION = بعض البيانات غير صالحة. يرجى التحقق منها.
error-CONSENT_REQUIRED = لم يوافق المشارك على ذلك.
error-INVALID_TRANSITION = هذه الخطوة غير ممكنة في الحالة الحالية.
error-CONFLICT = قام شخص آخر بتغيير هذا في الأثناء. أعد التحميل لرؤية أحدث نسخة.
error-CAPACITY = لا توجد أماكن متبقية.
error-RATE_LIMITED = محاولات كثيرة جدًا. يرجى الانتظار بضع دقائق.
error-INTERNAL = حدث خطأ في الخادم. يرجى المحاولة مرة أخرى.
error-NETWORK = لا يمكن الوصول إلى الخادم. تحقق من الاتصال.
status-DRAFT = مسودة
status-SENT = مُرسلة
status-ACCEPTED = مقبولة
status-IN_PROGRESS = قيد التنفيذ
status-ON_HOLD = معلّقة
status-COMPLETED = مكتملة
status-DECLINED = مرفوضة
status-EXPIRED = منتهية
status-REDIRECTED = مُحوّلة
status-CANCELLED = ملغاة
need-EMPLOYMENT = العمل
need-EDUCATION = التعليم
need-LANGUAGE = اللغة
need-HOUSING = السكن
need-LEGAL = المساعدة القانونية
need-HEALTH = الصحة
need-SOCIAL = المساعدة الاجتماعية
need-MENTORSHIP = الإرشاد
need-CHILDCARE = رعاية الأطفال
priority-LOW = منخفضة
priority-NORMAL = عادية
priority-HIGH = عالية
priority-URGENT = عاجلة
decline-NO_CAPACITY = لا توجد قدرة استيعابية
decline-NOT_ELIGIBLE = غير مؤهل
decline-OUT_OF_AREA = خارج النطاق الجغرافي
decline-PARTICIPANT_DECLINED = رفض المشارك
decline-OTHER = أخرى
outcome-SERVICE_PROVIDED = قُدّمت الخدمة
outcome-ENROLLED = مسجّل
outcome-EMPLOYED = حصل على عمل
outcome-PARTICIPANT_WITHDREW = انسحب المشارك
outcome-UNREACHABLE = تعذّر التواصل
outcome-OTHER = أخرى
enrolment-WAITLISTED = قائمة الانتظار
enrolment-ENROLLED = مسجّل
enrolment-COMPLETED = أكمل
enrolment-WITHDRAWN = انسحب
enrolment-DROPPED_OUT = انقطع
role-ORG_ADMIN = مسؤول
role-CASE_MANAGER = مدير حالة
role-STAFF = موظف
role-MENTOR = مرشد
role-MEDIATOR = وسيط
role-ANALYST = محلل
referral-action-CREATE = أُنشئت
referral-action-SEND = أُرسلت
referral-action-ACCEPT = قُبلت
referral-action-DECLINE = رُفضت
referral-action-START = بدأت
referral-action-HOLD = عُلّقت
referral-action-RESUME = استؤنفت
referral-action-COMPLETE = اكتملت
referral-action-REDIRECT = حُوّلت
referral-action-CANCEL = أُلغيت
referral-action-REOPEN = أعيد فتحها
referral-action-EXPIRE = انتهت
notification-kind-REFERRAL_RECEIVED = إحالة واردة
notification-kind-REFERRAL_ACCEPTED = قُبلت الإحالة
notification-kind-REFERRAL_DECLINED = رُفضت الإحالة
notification-kind-REFERRAL_REDIRECTED = حُوّلت الإحالة
notification-kind-REFERRAL_OVERDUE = إحالة متأخرة
notification-kind-ENROLMENT_CONFIRMED = تأكيد التسجيل
notification-kind-PROMOTED_FROM_WAITLIST = مكان من قائمة الانتظار
notification-kind-SESSION_REMINDER = تذكير بجلسة
notification-kind-MEDIATION_REQUESTED = طلب وساطة
notification-kind-CONSENT_EXPIRING = الموافقة على وشك الانتهاء
notification-kind-FOLLOW_UP_DUE = موعد المتابعة
programme-kind-MENTORSHIP = إرشاد
programme-kind-VOCATIONAL_TRAINING = تدريب مهني
programme-kind-LANGUAGE_COURSE = دورة لغة
programme-kind-ENTREPRENEURSHIP = ريادة الأعمال
programme-kind-MAKER_WORKSHOP = ورشة صناعة
programme-kind-CULTURAL_ORIENTATION = توجيه ثقافي
programme-kind-NETWORKING_EVENT = فعالية تواصل
programme-kind-INTEGRATION_COURSE = دورة اندماج
programme-kind-INTERNSHIP = تدريب عملي
programme-kind-CERTIFICATION = شهادة
organisation-kind-CWCS = مساحة عمل مشترك أو تعاون
organisation-kind-MUNICIPALITY = بلدية
organisation-kind-NGO = منظمة غير حكومية
organisation-kind-LABOUR_AGENCY = وكالة توظيف
organisation-kind-EDUCATION = تعليم
organisation-kind-COMPANY = شركة
organisation-kind-COMMUNITY_ASSOCIATION = جمعية مجتمعية
organisation-kind-SOCIAL_WORK_CENTRE = مركز العمل الاجتماعي
organisation-kind-HEALTH_CENTRE = مركز صحي
organisation-kind-YOUTH_CENTRE = مركز شباب
organisation-kind-HOUSING_INITIATIVE = مبادرة سكن
organisation-kind-TRADE_UNION = نقابة
organisation-kind-OTHER = أخرى
`,Qt=[{code:`sl`,name:`Slovenščina`},{code:`en`,name:`English`},{code:`uk`,name:`Українська`},{code:`ar`,name:`العربية`}],$t={en:Jt,sl:Yt,uk:Xt,ar:Zt},en=new Map;function tn(e){let t=en.get(e);return t||(t=new xt(e,{useIsolating:!1}),t.addResource(new Kt($t[e])),en.set(e,t)),t}var nn=`skupaj.language`;function rn(){let e=localStorage.getItem(nn);if(e&&e in $t)return e;let t=navigator.language.slice(0,2);return t in $t?t:`en`}var an=rn(),on=new Set;function sn(){return an}function cn(e){an=e,localStorage.setItem(nn,e),un(),on.forEach(e=>e())}function ln(e){return on.add(e),()=>on.delete(e)}function un(){document.documentElement.lang=an,document.documentElement.dir=an===`ar`?`rtl`:`ltr`}function W(e,t){for(let n of[an,`en`]){let r=tn(n),i=r.getMessage(e);if(i?.value)return r.formatPattern(i.value,t)}return e}function G(e,t){let n=`${e}-${t}`,r=W(n);return r===n?t:r}function dn(e){return G(`error`,e)}function fn(e){return e?new Intl.DateTimeFormat(an,{dateStyle:`medium`}).format(new Date(e)):`—`}function pn(e){return e?new Intl.DateTimeFormat(an,{dateStyle:`medium`,timeStyle:`short`}).format(new Date(e)):`—`}function K(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function mn(e){return K(e)===`object`}function hn(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function gn(e,t){return e.length<124?e:t}var q=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(q||{}),J=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(J||{});function _n(e){if(!mn(e))throw Error(`Message is expected to be an object, but got ${K(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${K(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!mn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!mn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${K(e.payload.query)}`);if(e.payload.variables!=null&&!mn(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${K(e.payload.variables)}`);if(e.payload.operationName!=null&&K(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${K(e.payload.operationName)}`);if(e.payload.extensions!=null&&!mn(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${K(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!mn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!hn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function vn(e,t){return _n(typeof e==`string`?JSON.parse(e,t):e)}function yn(e,t){return _n(e),JSON.stringify(e,t)}function bn(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=Sn,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!wn(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,T=0,ee=!1;async function E(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(T),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});T++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send(yn({type:J.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof xn&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send(yn(e?{type:J.ConnectionInit,payload:e}:{type:J.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(q.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(q.InternalClientError,gn(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=vn(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send(yn(n.payload?{type:J.Pong,payload:n.payload}:{type:J.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==J.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,T=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(q.BadResponse,gn(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function D(e){if(Sn(e)&&(Cn(e.code)||[q.InternalServerError,q.InternalClientError,q.BadRequest,q.BadResponse,q.Unauthorized,q.SubprotocolNotAcceptable,q.SubscriberAlreadyExists,q.TooManyInitialisationRequests].includes(e.code)))throw e;if(ee)return!1;if(Sn(e)&&e.code===1e3)return S>0;if(!l||T>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await E();await e}catch(e){try{if(!D(e))return}catch(e){return i?.(e)}}})();function O(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await E();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case J.Next:t.next(e.payload);return;case J.Error:i=!0,r=!0,t.error(e.payload),a();return;case J.Complete:r=!0,a();return}});o.send(yn({id:n,type:J.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send(yn({id:n,type:J.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!D(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:O,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=O(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(ee=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new xn)}}}var xn=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function Sn(e){return mn(e)&&`code`in e&&`reason`in e}function Cn(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function wn(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var Tn=V(`
  query UnreadCount {
    unreadNotificationCount
  }
`),En=V(`
  subscription NotificationReceived {
    notificationReceived {
      id
      title
    }
  }
`),Dn=null,On=null,kn=null,An=new Set;function jn(e){Dn=e,An.forEach(e=>e())}async function Mn(){if(Fe())try{let{data:e}=await z(Tn);jn(e.unreadNotificationCount??null)}catch{}}function Nn(){Pn(),On=bn({url:`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/graphql/ws`,lazy:!1,retryAttempts:5,connectionParams:()=>{let e=Fe();return e?{Authorization:`Bearer ${e.accessToken}`}:{}},shouldRetry:()=>Fe()!==null});let e=Date.now();kn=On.subscribe({query:En.toString()},{next:()=>{jn((Dn??0)+1)},error:t=>{let n=t?.code===4401,r=Math.max(0,1e4-(Date.now()-e));setTimeout(()=>{Fe()&&(n?He():Promise.resolve(!0)).then(e=>e&&Nn())},n?0:r)},complete:()=>{}}),Mn()}function Pn(){kn?.(),kn=null,On?.dispose(),On=null,jn(null)}function Fn(){let[,e]=I(0);return L(()=>{let t=()=>e(e=>e+1);return An.add(t),()=>An.delete(t)},[]),Dn}var In=new Set;function Ln(e,t=!1){t?history.replaceState(null,``,e):history.pushState(null,``,e),In.forEach(e=>e())}addEventListener(`popstate`,()=>In.forEach(e=>e()));function Rn(){let[,e]=I(0);return L(()=>{let t=()=>e(e=>e+1);return In.add(t),()=>In.delete(t)},[]),new URL(location.href)}function zn(e,t){let n=e.split(`/`),r=t.replace(/\/$/,``).split(`/`);if(n.length!==r.length)return null;let i={};for(let e=0;e<n.length;e++)if(n[e].startsWith(`:`))i[n[e].slice(1)]=decodeURIComponent(r[e]);else if(n[e]!==r[e])return null;return i}function Bn(e){let t=e.currentTarget;e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),Ln(t.getAttribute(`href`)))}var Vn=V(`
  query Me {
    me {
      user {
        id
        displayName
      }
      actingRole
      platformRole
      actingOrganisation {
        id
        name
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`),Hn=null,Un=new Set;function Wn(){return Hn}function Gn(e){Hn=e,Un.forEach(e=>e())}async function Kn(){if(!Fe())Gn(null);else try{let{data:e}=await z(Vn);Gn(e.me??null)}catch{Gn(null)}}Le(()=>{Fe()||Gn(null)});function qn(){let[,e]=I(0);return L(()=>{let t=()=>e(e=>e+1);return Un.add(t),()=>Un.delete(t)},[]),Hn}var Jn=Symbol.for(`pv`),Yn=0;Array.isArray;function Y(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Jn,__v:--Yn,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}function X(e){return Y(`a`,{href:e.href,class:e.class,onClick:Bn,"aria-current":e.current?`page`:void 0,children:e.children})}function Xn(e){return e instanceof R?dn(e.code):dn(`INTERNAL`)}function Z(e){if(!e.error)return null;let t=e.error instanceof R&&e.error.code===`CONFLICT`;return Y(`div`,{class:`error`,role:`alert`,children:[Y(`p`,{children:Xn(e.error)}),t&&e.onReload&&Y(`button`,{type:`button`,onClick:e.onReload,children:W(`action-reload`)})]})}function Zn(){return Y(`span`,{class:`not-shared`,children:W(`not-shared`)})}function Q(){return Y(`p`,{class:`loading`,role:`status`,children:W(`loading`)})}function $(e){let t=Ce(null);return L(()=>{document.title=`${t.current?.textContent??``} · Skupaj`,t.current?.focus()},[]),Y(`h1`,{tabIndex:-1,ref:t,children:e.children})}function Qn(){let[e,t]=I(``),[n,r]=I(``),[i,a]=I(null),[o,s]=I(!1);async function c(t){t.preventDefault(),s(!0),a(null);try{await ze(e,n),await Kn(),location.pathname===`/sign-in`&&Ln(`/dashboard`,!0)}catch(e){a(e)}finally{s(!1)}}return Y(`section`,{class:`narrow`,children:[Y($,{children:W(`sign-in-title`)}),Y(`form`,{onSubmit:c,children:[Y(`label`,{children:[W(`email`),Y(`input`,{type:`email`,name:`email`,autocomplete:`username`,required:!0,value:e,onInput:e=>t(e.currentTarget.value)})]}),Y(`label`,{children:[W(`password`),Y(`input`,{type:`password`,name:`password`,autocomplete:`current-password`,required:!0,value:n,onInput:e=>r(e.currentTarget.value)})]}),i instanceof R&&i.code===`UNAUTHENTICATED`?Y(`div`,{class:`error`,role:`alert`,children:Y(`p`,{children:W(`sign-in-failed`)})}):Y(Z,{error:i}),Y(`button`,{type:`submit`,disabled:o,children:W(`sign-in`)})]})]})}var $n=V(`
  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {
    programmes(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          id
          kind
          titleIn(language: $language)
          municipality
          placesLeft
          startsOn
          childcare
          interpretation
          leadOrganisation {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),er=V(`
  query DirectoryOrganisations($after: String) {
    organisations(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          name
          municipality
          workingLanguages
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);function tr(){let[e,t]=I(``),[n,r]=I(``),[i,a]=I(null),[o,s]=I(null),[c,l]=I(null),[u,d]=I(null),[f,p]=I(null);async function m(e){try{let{data:t}=await z($n,{language:sn(),filter:n?{text:n}:null,after:e}),r=t.programmes.edges.map(e=>e.node);a(t=>e&&t?[...t,...r]:r),s(t.programmes.pageInfo.hasNextPage?t.programmes.pageInfo.endCursor??null:null)}catch(e){p(e)}}async function h(e){try{let{data:t}=await z(er,{after:e}),n=t.organisations.edges.map(e=>e.node);l(t=>e&&t?[...t,...n]:n),d(t.organisations.pageInfo.hasNextPage?t.organisations.pageInfo.endCursor??null:null)}catch(e){p(e)}}return L(()=>{m(null)},[n]),L(()=>{h(null)},[]),Y(`section`,{children:[Y($,{children:W(`directory-title`)}),Y(`p`,{children:W(`directory-intro`)}),Y(Z,{error:f}),Y(`section`,{"aria-labelledby":`programmes-heading`,children:[Y(`h2`,{id:`programmes-heading`,children:W(`programmes`)}),Y(`form`,{role:`search`,class:`inline`,onSubmit:t=>{t.preventDefault(),r(e.trim())},children:[Y(`label`,{children:[W(`search-programmes`),Y(`input`,{type:`search`,value:e,onInput:e=>t(e.currentTarget.value)})]}),Y(`button`,{type:`submit`,children:W(`action-search`)})]}),i===null?Y(Q,{}):i.length===0?Y(`p`,{children:W(`nothing-found`)}):Y(`ul`,{class:`cards`,"data-testid":`programme-list`,children:i.map(e=>Y(`li`,{class:`card`,children:[Y(`h3`,{children:e.titleIn}),Y(`p`,{children:[G(`programme-kind`,e.kind),` · `,e.municipality,` · `,e.leadOrganisation.name]}),Y(`p`,{children:[W(`places-left`,{count:e.placesLeft}),e.startsOn&&Y(y,{children:[` · `,W(`starts-on`,{date:fn(e.startsOn)})]}),e.childcare&&Y(y,{children:[` · `,W(`childcare`)]}),e.interpretation&&Y(y,{children:[` · `,W(`interpretation`)]})]})]},e.id))}),o&&Y(`button`,{type:`button`,onClick:()=>void m(o),children:W(`action-more`)})]}),Y(`section`,{"aria-labelledby":`organisations-heading`,children:[Y(`h2`,{id:`organisations-heading`,children:W(`organisations`)}),c===null?Y(Q,{}):Y(`ul`,{class:`cards`,"data-testid":`organisation-list`,children:c.map(e=>Y(`li`,{class:`card`,children:[Y(`h3`,{children:e.name}),Y(`p`,{children:[G(`organisation-kind`,e.kind),` · `,e.municipality,e.workingLanguages.length>0&&Y(y,{children:[` · `,e.workingLanguages.join(`, `)]})]})]},e.id))}),u&&Y(`button`,{type:`button`,onClick:()=>void h(u),children:W(`action-more`)})]})]})}V(`
  fragment ReferralRow on Referral {
    id
    status
    needDomain
    participantCode
    respondBy
    overdue
    createdAt
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
  }
`);var nr=V(`
  query Referrals($filter: ReferralFilterInput, $after: String) {
    referrals(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          ...ReferralRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),rr=[`DRAFT`,`SENT`,`ACCEPTED`,`IN_PROGRESS`,`ON_HOLD`,`COMPLETED`,`DECLINED`,`EXPIRED`,`REDIRECTED`,`CANCELLED`],ir=[`EMPLOYMENT`,`EDUCATION`,`LANGUAGE`,`HOUSING`,`LEGAL`,`HEALTH`,`SOCIAL`,`MENTORSHIP`,`CHILDCARE`];function ar(e){return e.rows.length===0?Y(`p`,{children:W(`nothing-found`)}):Y(`div`,{class:`table-wrap`,children:Y(`table`,{"data-testid":`referral-table`,children:[Y(`thead`,{children:Y(`tr`,{children:[Y(`th`,{scope:`col`,children:W(`participant-code`)}),Y(`th`,{scope:`col`,children:W(`status`)}),Y(`th`,{scope:`col`,children:W(`need`)}),Y(`th`,{scope:`col`,children:W(`from`)}),Y(`th`,{scope:`col`,children:W(`to`)}),Y(`th`,{scope:`col`,children:W(`respond-by`)})]})}),Y(`tbody`,{children:e.rows.map(e=>Y(`tr`,{children:[Y(`th`,{scope:`row`,children:Y(X,{href:`/referrals/${e.id}`,children:e.participantCode})}),Y(`td`,{children:[Y(`span`,{class:`status status-${e.status}`,children:G(`status`,e.status)}),e.overdue&&Y(`span`,{class:`tag overdue`,children:[` `,W(`overdue`)]})]}),Y(`td`,{children:G(`need`,e.needDomain)}),Y(`td`,{children:e.fromOrganisation.name}),Y(`td`,{children:e.toOrganisation.name}),Y(`td`,{children:fn(e.respondBy)})]},e.id))})]})})}function or(e){let t={},n=e.getAll(`status`).filter(e=>rr.includes(e));n.length&&(t.statuses=n);let r=e.getAll(`need`).filter(e=>ir.includes(e));r.length&&(t.needDomains=r),e.get(`overdue`)===`1`&&(t.overdue=!0);let i=Wn()?.actingOrganisation?.id;e.get(`dir`)===`incoming`&&i&&(t.toOrganisationId=i),e.get(`dir`)===`outgoing`&&i&&(t.fromOrganisationId=i);let a=e.get(`municipality`);a&&(t.municipality=a);let o=e.get(`from`);o&&(t.createdFrom=`${o}T00:00:00Z`);let s=e.get(`to`);return s&&(t.createdTo=`${s}T23:59:59Z`),t}function sr(e){let[t,n]=I(null),[r,i]=I(null),[a,o]=I(null),s=e.search.get(`dir`)===`incoming`;async function c(t){try{let{data:r}=await z(nr,{filter:or(e.search),after:t}),a=r.referrals;if(!a){n([]);return}let o=a.edges.map(e=>e.node);n(e=>t&&e?[...e,...o]:o),i(a.pageInfo.hasNextPage?a.pageInfo.endCursor??null:null)}catch(e){o(e)}}L(()=>{c(null)},[]);function l(e){e.preventDefault();let t=new FormData(e.currentTarget),n=new URLSearchParams;for(let[e,r]of t.entries())typeof r==`string`&&r!==``&&n.append(e,r);Ln(`/referrals?${n.toString()}`)}let u=e.search.get(`dir`)??``;return Y(`section`,{children:[Y($,{children:W(s?`incoming-title`:`referrals-title`)}),Y(`form`,{class:`filters`,onSubmit:l,"aria-label":W(`filters`),children:[Y(`label`,{children:[W(`status`),Y(`select`,{name:`status`,value:e.search.get(`status`)??``,children:[Y(`option`,{value:``,children:W(`any`)}),rr.map(e=>Y(`option`,{value:e,children:G(`status`,e)},e))]})]}),Y(`label`,{children:[W(`need`),Y(`select`,{name:`need`,value:e.search.get(`need`)??``,children:[Y(`option`,{value:``,children:W(`any`)}),ir.map(e=>Y(`option`,{value:e,children:G(`need`,e)},e))]})]}),Y(`label`,{children:[W(`direction`),Y(`select`,{name:`dir`,value:u,children:[Y(`option`,{value:``,children:W(`any`)}),Y(`option`,{value:`incoming`,children:W(`incoming`)}),Y(`option`,{value:`outgoing`,children:W(`outgoing`)})]})]}),Y(`label`,{children:[W(`municipality`),Y(`input`,{name:`municipality`,value:e.search.get(`municipality`)??``})]}),Y(`label`,{children:[W(`created-from`),Y(`input`,{type:`date`,name:`from`,value:e.search.get(`from`)??``})]}),Y(`label`,{children:[W(`created-to`),Y(`input`,{type:`date`,name:`to`,value:e.search.get(`to`)??``})]}),Y(`label`,{class:`check`,children:[Y(`input`,{type:`checkbox`,name:`overdue`,value:`1`,checked:e.search.get(`overdue`)===`1`}),W(`overdue-only`)]}),Y(`button`,{type:`submit`,children:W(`action-filter`)})]}),Y(Z,{error:a}),t===null?Y(Q,{}):Y(ar,{rows:t}),r&&Y(`button`,{type:`button`,onClick:()=>void c(r),children:W(`action-more`)})]})}var cr=V(`
  query Dashboard {
    referralStats {
      total
      responded
      medianFirstResponseHours
      byStatus {
        status
        count
      }
    }
    overdue: referralStats(filter: { overdue: true }) {
      total
    }
    referrals(first: 10) {
      edges {
        node {
          ...ReferralRow
        }
      }
    }
  }
`);function lr(){let[e,t]=I(null),[n,r]=I([]),[i,a]=I(null);L(()=>{let e=performance.now();z(cr).then(n=>{t(n.data),r(n.errors),performance.measure(`skupaj:dashboard`,{start:e})}).catch(a)},[]);let o=e?.referralStats;return Y(`section`,{children:[Y($,{children:W(`dashboard-title`)}),Y(Z,{error:i}),!e&&!i&&Y(Q,{}),e&&Y(`div`,{"data-testid":`dashboard-ready`,children:[Y(`dl`,{class:`figures`,children:[Y(`div`,{children:[Y(`dt`,{children:W(`referrals-total`)}),Y(`dd`,{children:o?o.total:Y(Zn,{})})]}),Y(`div`,{children:[Y(`dt`,{children:W(`referrals-overdue`)}),Y(`dd`,{children:e.overdue?Y(X,{href:`/referrals?overdue=1`,children:e.overdue.total}):Y(Zn,{})})]}),Y(`div`,{children:[Y(`dt`,{children:W(`median-first-response`)}),Y(`dd`,{children:o?.medianFirstResponseHours==null?`—`:W(`hours`,{hours:Math.round(o.medianFirstResponseHours*10)/10})})]}),Y(`div`,{children:[Y(`dt`,{children:W(`referrals-responded`)}),Y(`dd`,{children:o?o.responded:`—`})]})]}),Y(`h2`,{id:`by-status`,children:W(`by-status`)}),o?Y(`table`,{"aria-labelledby":`by-status`,class:`compact`,children:[Y(`thead`,{children:Y(`tr`,{children:[Y(`th`,{scope:`col`,children:W(`status`)}),Y(`th`,{scope:`col`,children:W(`count`)})]})}),Y(`tbody`,{children:o.byStatus.map(e=>Y(`tr`,{children:[Y(`th`,{scope:`row`,children:Y(X,{href:`/referrals?status=${e.status}`,children:G(`status`,e.status)})}),Y(`td`,{children:e.count})]},e.status))})]}):Y(`p`,{children:qe(n,`referralStats`)?Y(Zn,{}):`—`}),Y(`h2`,{children:W(`latest-referrals`)}),e.referrals?Y(ar,{rows:e.referrals.edges.map(e=>e.node)}):Y(`p`,{children:Y(Zn,{})}),Y(`p`,{children:Y(X,{href:`/referrals`,children:W(`all-referrals`)})})]})]})}var ur=V(`
  query ReferralDetail($id: ID!, $language: String!) {
    referral(id: $id) {
      id
      status
      kind
      needDomain
      priority
      reason
      respondBy
      overdue
      version
      declineReason
      outcome
      participantCode
      participant {
        id
        givenName
        familyName
        preferredLanguage
      }
      programme {
        id
        titleIn(language: $language)
      }
      fromOrganisation {
        id
        name
      }
      toOrganisation {
        id
        name
      }
      createdAt
      sentAt
      firstResponseAt
      history {
        at
        action
        fromStatus
        toStatus
        actorOrganisation {
          id
          name
        }
        comment
      }
    }
  }
`),dr=V(`
  mutation AcceptReferral($input: ReferralStepInput!) {
    acceptReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),fr=V(`
  mutation StartReferral($input: ReferralStepInput!) {
    startReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),pr=V(`
  mutation HoldReferral($input: ReferralStepInput!) {
    holdReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),mr=V(`
  mutation ResumeReferral($input: ReferralStepInput!) {
    resumeReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),hr=V(`
  mutation DeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),gr=V(`
  mutation CompleteReferral($input: CompleteReferralInput!) {
    completeReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),_r=[`NO_CAPACITY`,`NOT_ELIGIBLE`,`OUT_OF_AREA`,`PARTICIPANT_DECLINED`,`OTHER`],vr=[`SERVICE_PROVIDED`,`ENROLLED`,`EMPLOYED`,`PARTICIPANT_WITHDREW`,`UNREACHABLE`,`OTHER`];function yr(e){let t=qn(),[n,r]=I(void 0),[i,a]=I([]),[o,s]=I(null),[c,l]=I(null),[u,d]=I(!1),[f,p]=I(null),m=Ce(null);async function h(){l(null);try{let t=await z(ur,{id:e.id,language:sn()});r(t.data.referral??null),a(t.errors),t.data.referral||s(new R(t.errors[0]?.extensions?.code??`NOT_FOUND`,t.errors))}catch(e){s(e),r(null)}}L(()=>{h()},[]);async function g(e,t){d(!0),l(null),p(null);try{await e(),await h(),p(t),m.current?.focus()}catch(e){l(e)}finally{d(!1)}}if(n===void 0)return Y(Q,{});if(n===null)return Y(`section`,{children:[Y($,{children:W(`referral-title`)}),Y(Z,{error:o??new R(`NOT_FOUND`,[])})]});let _=t?.actingOrganisation?.id===n.toOrganisation.id,v={id:n.id,version:n.version},b=n.status;return Y(`section`,{children:[Y($,{children:[W(`referral-title`),` `,n.participantCode]}),Y(`p`,{ref:m,tabIndex:-1,role:`status`,class:`done`,children:f&&W(`action-done`,{action:f})}),Y(`dl`,{class:`details`,"data-testid":`referral-details`,children:[Y(`dt`,{children:W(`status`)}),Y(`dd`,{"data-testid":`referral-status`,children:[Y(`span`,{class:`status status-${b}`,children:G(`status`,b)}),n.overdue&&Y(`span`,{class:`tag overdue`,children:[` `,W(`overdue`)]})]}),Y(`dt`,{children:W(`participant-code`)}),Y(`dd`,{children:n.participantCode}),Y(`dt`,{children:W(`participant`)}),Y(`dd`,{"data-testid":`participant`,children:qe(i,`referral`,`participant`)?Y(Zn,{}):[n.participant?.givenName,n.participant?.familyName].filter(Boolean).join(` `)||`—`}),Y(`dt`,{children:W(`need`)}),Y(`dd`,{children:G(`need`,n.needDomain)}),Y(`dt`,{children:W(`priority`)}),Y(`dd`,{children:G(`priority`,n.priority)}),Y(`dt`,{children:W(`reason`)}),Y(`dd`,{children:n.reason??(qe(i,`referral`,`reason`)?Y(Zn,{}):`—`)}),Y(`dt`,{children:W(`from`)}),Y(`dd`,{children:n.fromOrganisation.name}),Y(`dt`,{children:W(`to`)}),Y(`dd`,{children:n.toOrganisation.name}),n.programme&&Y(y,{children:[Y(`dt`,{children:W(`programme`)}),Y(`dd`,{children:n.programme.titleIn})]}),Y(`dt`,{children:W(`respond-by`)}),Y(`dd`,{children:fn(n.respondBy)}),n.declineReason&&Y(y,{children:[Y(`dt`,{children:W(`decline-reason`)}),Y(`dd`,{children:G(`decline`,n.declineReason)})]}),n.outcome&&Y(y,{children:[Y(`dt`,{children:W(`outcome`)}),Y(`dd`,{children:G(`outcome`,n.outcome)})]})]}),_&&Y(`section`,{"aria-labelledby":`actions-heading`,class:`actions`,children:[Y(`h2`,{id:`actions-heading`,children:W(`actions`)}),Y(Z,{error:c,onReload:()=>void h()}),Y(`div`,{class:`buttons`,children:[b===`SENT`&&Y(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>z(dr,{input:v}),W(`action-accept`)),children:W(`action-accept`)}),b===`ACCEPTED`&&Y(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>z(fr,{input:v}),W(`action-start`)),children:W(`action-start`)}),b===`IN_PROGRESS`&&Y(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>z(pr,{input:v}),W(`action-hold`)),children:W(`action-hold`)}),b===`ON_HOLD`&&Y(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>z(mr,{input:v}),W(`action-resume`)),children:W(`action-resume`)})]}),b===`SENT`&&Y(`form`,{class:`stack`,onSubmit:e=>{e.preventDefault();let t=new FormData(e.currentTarget);g(()=>z(hr,{input:{...v,reason:t.get(`reason`),comment:String(t.get(`comment`)??``)}}),W(`action-decline`))},children:[Y(`h3`,{children:W(`action-decline`)}),Y(`label`,{children:[W(`decline-reason`),Y(`select`,{name:`reason`,required:!0,children:_r.map(e=>Y(`option`,{value:e,children:G(`decline`,e)},e))})]}),Y(`label`,{children:[W(`comment`),Y(`textarea`,{name:`comment`,required:!0})]}),Y(`button`,{type:`submit`,disabled:u,children:W(`action-decline`)})]}),(b===`IN_PROGRESS`||b===`ACCEPTED`)&&Y(`form`,{class:`stack`,onSubmit:e=>{e.preventDefault();let t=new FormData(e.currentTarget),n=String(t.get(`comment`)??``);g(()=>z(gr,{input:{...v,outcome:t.get(`outcome`),comment:n||null}}),W(`action-complete`))},children:[Y(`h3`,{children:W(`action-complete`)}),Y(`label`,{children:[W(`outcome`),Y(`select`,{name:`outcome`,required:!0,children:vr.map(e=>Y(`option`,{value:e,children:G(`outcome`,e)},e))})]}),Y(`label`,{children:[W(`comment`),Y(`textarea`,{name:`comment`})]}),Y(`button`,{type:`submit`,disabled:u,children:W(`action-complete`)})]})]}),Y(`h2`,{id:`history-heading`,children:W(`history`)}),Y(`div`,{class:`table-wrap`,children:Y(`table`,{"aria-labelledby":`history-heading`,"data-testid":`history`,children:[Y(`thead`,{children:Y(`tr`,{children:[Y(`th`,{scope:`col`,children:W(`when`)}),Y(`th`,{scope:`col`,children:W(`what`)}),Y(`th`,{scope:`col`,children:W(`status`)}),Y(`th`,{scope:`col`,children:W(`by`)}),Y(`th`,{scope:`col`,children:W(`comment`)})]})}),Y(`tbody`,{children:n.history.map((e,t)=>Y(`tr`,{children:[Y(`td`,{children:pn(e.at)}),Y(`td`,{children:G(`referral-action`,e.action)}),Y(`td`,{children:[e.fromStatus?`${G(`status`,e.fromStatus)} → `:``,G(`status`,e.toStatus)]}),Y(`td`,{children:e.actorOrganisation?.name??`—`}),Y(`td`,{children:e.comment??``})]},t))})]})})]})}var br=V(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      edges {
        node {
          ...NotificationRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);V(`
  fragment NotificationRow on Notification {
    id
    kind
    subjectId
    title
    createdAt
    readAt
  }
`);var xr=V(`
  query Notification($id: ID!) {
    notification(id: $id) {
      ...NotificationRow
    }
  }
`),Sr=V(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unread
    }
  }
`);function Cr(e){return e.kind.startsWith(`REFERRAL_`)?`/referrals/${e.subjectId}`:null}function wr(){let e=Fn(),[t,n]=I(null),[r,i]=I(null),[a,o]=I(null);async function s(e){try{let{data:t}=await z(br,{after:e}),r=t.notifications,a=r?r.edges.map(e=>e.node):[];n(t=>e&&t?[...t,...a]:a),i(r?.pageInfo.hasNextPage?r.pageInfo.endCursor??null:null)}catch(e){o(e)}}L(()=>{s(null)},[e]);async function c(){try{await z(Sr,{input:{all:!0}}),await Mn()}catch(e){o(e)}}return Y(`section`,{children:[Y($,{children:W(`notifications-title`)}),Y(`p`,{children:W(`unread-count`,{count:e??0})}),Y(Z,{error:a}),e!==null&&e>0&&Y(`button`,{type:`button`,onClick:()=>void c(),children:W(`action-mark-all-read`)}),t===null?Y(Q,{}):t.length===0?Y(`p`,{children:W(`nothing-found`)}):Y(`ul`,{class:`inbox`,"data-testid":`notification-list`,children:t.map(e=>Y(`li`,{class:e.readAt?`read`:`unread`,children:[Y(X,{href:`/notifications/${e.id}`,children:e.title}),Y(`span`,{class:`meta`,children:[G(`notification-kind`,e.kind),` · `,pn(e.createdAt),!e.readAt&&Y(y,{children:[` · `,W(`unread`)]})]})]},e.id))}),r&&Y(`button`,{type:`button`,onClick:()=>void s(r),children:W(`action-more`)})]})}function Tr(e){let[t,n]=I(void 0),[r,i]=I(null);if(L(()=>{z(xr,{id:e.id}).then(async({data:t,errors:r})=>{n(t.notification??null),t.notification?t.notification.readAt||(await z(Sr,{input:{ids:[e.id]}}),await Mn()):i(new R(r[0]?.extensions?.code??`NOT_FOUND`,r))}).catch(e=>{n(null),i(e)})},[]),t===void 0)return Y(Q,{});let a=t&&Cr(t);return Y(`section`,{children:[Y($,{children:t?t.title:W(`notifications-title`)}),Y(Z,{error:r}),t&&Y(y,{children:[Y(`p`,{children:[G(`notification-kind`,t.kind),` · `,pn(t.createdAt)]}),a&&Y(`p`,{children:Y(X,{href:a,children:W(`open-referral`)})})]}),Y(`p`,{children:Y(X,{href:`/notifications`,children:W(`all-notifications`)})})]})}var Er=V(`
  query MatchParticipants {
    participants(first: 100) {
      nodes {
        id
        referenceCode
        givenName
      }
    }
  }
`),Dr=V(`
  query Matches($participantId: ID!, $language: String!) {
    matchProgrammes(participantId: $participantId, first: 20) {
      score
      reasons
      programme {
        id
        kind
        titleIn(language: $language)
        municipality
        placesLeft
        leadOrganisation {
          id
          name
        }
      }
    }
  }
`),Or=V(`
  mutation Enrol($input: EnrolParticipantInput!) {
    enrolParticipant(input: $input) {
      enrolment {
        id
        status
        position
      }
    }
  }
`);function kr(e){let[t,n]=I(null),[r,i]=I(null),[a,o]=I(null),[s,c]=I({}),[l,u]=I(null);L(()=>{z(Er).then(({data:e})=>n(e.participants?.nodes??[])).catch(o),e.participantId&&z(Dr,{participantId:e.participantId,language:sn()}).then(({data:e})=>i(e.matchProgrammes??[])).catch(o)},[]);async function d(t){u(null);try{let{data:n}=await z(Or,{input:{programmeId:t,participantId:e.participantId}}),r=n.enrolParticipant.enrolment;c(e=>({...e,[t]:{status:r.status,position:r.position}}))}catch(e){u(e)}}return Y(`section`,{children:[Y($,{children:W(`matches-title`)}),Y(Z,{error:a}),t===null?Y(Q,{}):Y(`form`,{class:`inline`,onSubmit:e=>{e.preventDefault();let t=new FormData(e.currentTarget).get(`participant`);t&&Ln(`/matches?participant=${encodeURIComponent(String(t))}`)},children:[Y(`label`,{children:[W(`participant`),Y(`select`,{name:`participant`,value:e.participantId??``,children:[Y(`option`,{value:``,children:`—`}),t.map(e=>Y(`option`,{value:e.id,children:[e.referenceCode,e.givenName?` · ${e.givenName}`:``]},e.id))]})]}),Y(`button`,{type:`submit`,children:W(`action-show-matches`)})]}),Y(Z,{error:l}),e.participantId&&(r===null?Y(Q,{}):r.length===0?Y(`p`,{children:W(`nothing-found`)}):Y(`ol`,{class:`cards`,"data-testid":`match-list`,children:r.map(e=>{let t=s[e.programme.id];return Y(`li`,{class:`card`,children:[Y(`h2`,{class:`h3`,children:e.programme.titleIn}),Y(`p`,{children:[Y(`strong`,{children:W(`score`,{score:e.score})}),` · `,G(`programme-kind`,e.programme.kind),` ·`,` `,e.programme.municipality,` · `,e.programme.leadOrganisation.name,` ·`,` `,W(`places-left`,{count:e.programme.placesLeft})]}),Y(`ul`,{class:`reasons`,children:e.reasons.map((e,t)=>Y(`li`,{children:e},t))}),t?Y(`p`,{role:`status`,"data-testid":`enrolment-status`,children:t.status===`WAITLISTED`?W(`waitlisted`,{position:t.position}):G(`enrolment`,t.status)}):Y(`button`,{type:`button`,onClick:()=>void d(e.programme.id),children:W(`action-enrol`)})]},e.programme.id)})}))]})}var Ar=V(`
  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {
    switchOrganisation(input: $input) {
      accessToken
      accessTokenExpiresAt
      me {
        user {
          id
          displayName
        }
        actingRole
        platformRole
        actingOrganisation {
          id
          name
        }
        memberships {
          id
          role
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);function jr(){let[e,t]=I(sn());return L(()=>ln(()=>t(sn())),[]),e}function Mr(){let e=jr(),t=Rn(),n=qn(),[r,i]=I(!0);if(L(()=>{He().then(e=>e?Kn():void 0).finally(()=>i(!1))},[]),L(()=>{n?Nn():Pn()},[n?.user.id]),r)return Y(Q,{});let a=t.pathname,o=n!==null&&Fe()!==null,s,c;return s=a===`/`||a===``?o?Y(lr,{},e):Y(tr,{}):a===`/directory`?Y(tr,{}):a===`/sign-in`?Y(o?lr:Qn,{}):o?a===`/dashboard`?Y(lr,{}):a===`/referrals`?Y(sr,{search:t.searchParams},t.search):(c=zn(`/referrals/:id`,a))?Y(yr,{id:c.id},c.id):a===`/notifications`?Y(wr,{}):(c=zn(`/notifications/:id`,a))?Y(Tr,{id:c.id},c.id):a===`/matches`?Y(kr,{participantId:t.searchParams.get(`participant`)},t.search):Y(Nr,{}):Y(Qn,{}),Y(y,{children:[Y(`a`,{class:`skip`,href:`#main`,children:W(`skip-to-content`)}),Y(Pr,{path:a,signedIn:o,language:e}),Y(`main`,{id:`main`,children:s},e)]})}function Nr(){return Y(`section`,{children:[Y(`h1`,{children:W(`not-found-title`)}),Y(`p`,{children:W(`error-NOT_FOUND`)})]})}function Pr(e){let t=qn(),n=Fn(),[r,i]=I(null),a=e.signedIn?[[`/dashboard`,W(`nav-dashboard`)],[`/referrals`,W(`nav-referrals`)],[`/referrals?dir=incoming`,W(`nav-incoming`)],[`/matches`,W(`nav-matches`)],[`/directory`,W(`nav-directory`)]]:[[`/directory`,W(`nav-directory`)]];async function o(e){i(null);try{let{data:t}=await z(Ar,{input:{organisationId:e}}),n=t.switchOrganisation;We(n.accessToken,n.accessTokenExpiresAt),Gn(n.me),Mn(),Ln(`/dashboard`)}catch(e){i(e)}}return Y(`header`,{class:`top`,children:[Y(`nav`,{"aria-label":W(`nav-label`),children:[Y(X,{href:`/`,class:`brand`,children:`Skupaj`}),Y(`ul`,{children:[a.map(([t,n])=>Y(`li`,{children:Y(X,{href:t,current:e.path+location.search===t,children:n})},t)),e.signedIn&&Y(`li`,{children:Y(X,{href:`/notifications`,current:e.path===`/notifications`,children:[W(`nav-notifications`),` `,Y(`span`,{class:`badge`,"data-testid":`unread-count`,"aria-label":W(`unread-count`,{count:n??0}),children:n??`…`})]})})]})]}),Y(`div`,{class:`controls`,children:[Y(`label`,{children:[Y(`span`,{class:`label`,children:W(`language`)}),Y(`select`,{value:e.language,onChange:e=>cn(e.currentTarget.value),children:Qt.map(e=>Y(`option`,{value:e.code,lang:e.code,children:e.name},e.code))})]}),e.signedIn&&t&&Y(y,{children:[Y(`label`,{children:[Y(`span`,{class:`label`,children:W(`organisation`)}),Y(`select`,{value:t.actingOrganisation?.id??``,onChange:e=>void o(e.currentTarget.value),children:[!t.actingOrganisation&&Y(`option`,{value:``,children:`—`}),t.memberships.map(e=>Y(`option`,{value:e.organisation.id,children:[e.organisation.name,` (`,G(`role`,e.role),`)`]},e.id))]})]}),Y(`span`,{class:`who`,children:t.user.displayName}),Y(`button`,{type:`button`,onClick:()=>{Ue().then(()=>Ln(`/`))},children:W(`sign-out`)})]}),!e.signedIn&&e.path!==`/sign-in`&&Y(X,{href:`/sign-in`,class:`button`,children:W(`sign-in`)})]}),Y(Z,{error:r})]})}un(),M(Y(Mr,{}),document.getElementById(`app`));